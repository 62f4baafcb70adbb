# packaging/windows/CPackWindows.cmake: the Windows packages — an NSIS installer and a ZIP of the same
# tree. Included from packaging/CMakeLists.txt inside if(WIN32), before include(CPack).
#
# What the installed tree holds (install(TARGETS) in ui/, app/cli/, app/sandbox/, plus the deploy
# script in ui/CMakeLists.txt): bin\retrydesk.exe, bin\retrydesk-cli.exe, bin\retrydesk-sandbox.exe,
# the Qt DLLs and plugins windeployqt puts beside them (platforms\, sqldrivers\qsqlite.dll,
# imageformats\qsvg.dll, iconengines\, styles\, tls\, …), Qt6Charts/Svg/HttpServer/WebSockets, the
# MSVC runtime, and qt6keychain.dll. QtKeychain keeps API keys in the Windows Credential Manager:
# nothing to install or configure for it beyond its DLL.
#
# Versions: CPACK_PACKAGE_VERSION comes from project(VERSION) (packaging/CMakeLists.txt), like the
# VERSIONINFO of retrydesk.exe (packaging/windows/retrydesk.rc.in) and `retrydesk --version`.

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_FILE_NAME "retrydesk-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "RetryDesk")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "RetryDesk")
# The Start-menu shortcut: bin\retrydesk.exe, named "RetryDesk" (and, on request, on the desktop).
set(CPACK_PACKAGE_EXECUTABLES "retrydesk" "RetryDesk")
set(CPACK_CREATE_DESKTOP_LINKS "retrydesk")

# The licence page shows the project's licence file. None has been chosen yet (see
# RETRYDESK_PROJECT_LICENSE in packaging/CMakeLists.txt): until a LICENSE exists, the page is left
# out rather than showing CPack's default, CMake's own Copyright.txt.
set(_retrydesk_license "")
foreach(_name LICENSE LICENSE.txt LICENSE.md COPYING)
  if(EXISTS "${PROJECT_SOURCE_DIR}/${_name}")
    set(_retrydesk_license "${PROJECT_SOURCE_DIR}/${_name}")
    break()
  endif()
endforeach()
if(_retrydesk_license)
  set(CPACK_RESOURCE_FILE_LICENSE "${_retrydesk_license}")
else()
  message(STATUS "packaging/windows: no LICENSE at the source root, so no licence page")
  set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON) # CMake ≥ 3.22
endif()

# NSIS (CPack needs NSIS 3.03 or newer on PATH: `choco install nsis`, preinstalled on GitHub's
# windows-latest image).
set(CPACK_NSIS_PACKAGE_NAME "RetryDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "RetryDesk")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/retrydesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/retrydesk.ico")
# The icon of the entry in Settings → Apps (Add/Remove Programs): the one inside retrydesk.exe.
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\retrydesk.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "retrydesk.exe")
set(CPACK_NSIS_BRANDING_TEXT "RetryDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# The uninstaller: Uninstall.exe in the install folder, a Start-menu entry for it, and its entry in
# Settings → Apps. A new version first removes the one installed before it.
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offers (unchecked by default) to put bin\ on PATH, so scripts can call retrydesk-cli.
set(CPACK_NSIS_MODIFY_PATH ON)
# Settings → Apps links: the homepage packaging/CMakeLists.txt sets for every package.
if(CPACK_PACKAGE_HOMEPAGE_URL)
  set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
  set(CPACK_NSIS_HELP_LINK "${CPACK_PACKAGE_HOMEPAGE_URL}")
endif()
if(RETRYDESK_DEVELOPER_NAME)
  set(CPACK_NSIS_CONTACT "${RETRYDESK_DEVELOPER_NAME}")
endif()

# retrydesk://validations/<id>?connection=<name> links (README, "Links to a validation"): the URL
# protocol handler, written by the installer and removed by the uninstaller. SHCTX is
# HKLM\Software\Classes for an all-users install (the default, into Program Files) and
# HKCU\Software\Classes for a per-user one: HKCR shows either. The command passes the link as one
# argument ("%1"); a running RetryDesk takes it (instance::SingleInstance) and this one exits.
set(_retrydesk_url_key "Software\\\\Classes\\\\retrydesk")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr SHCTX '${_retrydesk_url_key}' '' 'URL:RetryDesk link'
  WriteRegStr SHCTX '${_retrydesk_url_key}' 'URL Protocol' ''
  WriteRegStr SHCTX '${_retrydesk_url_key}\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\retrydesk.exe,0'
  WriteRegStr SHCTX '${_retrydesk_url_key}\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\retrydesk.exe\\\" \\\"%1\\\"'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey SHCTX '${_retrydesk_url_key}'
")

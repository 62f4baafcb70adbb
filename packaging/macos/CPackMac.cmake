# packaging/macos/CPackMac.cmake: the macOS package — a drag-and-drop disk image holding
# RetryDesk.app (and a link to /Applications). Include it from packaging/CMakeLists.txt inside
# elseif(APPLE), before include(CPack).
#
# RetryDesk.app is made self-contained at install time by the deploy script of ui/CMakeLists.txt
# (macdeployqt): the Qt frameworks, the platform, sqldrivers (libqsqlite), imageformats (qsvg) and
# other plugins, and every non-system dylib the app links, QtKeychain's included. QtKeychain keeps
# API keys in the macOS Keychain: nothing to install or configure for it beyond the library.
#
# Versions: CPACK_PACKAGE_VERSION comes from project(VERSION) (packaging/CMakeLists.txt), like the
# bundle's CFBundleShortVersionString (packaging/macos/Info.plist.in) and `retrydesk --version`.

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_FILE_NAME "RetryDesk-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME "RetryDesk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_DMG_FILESYSTEM "HFS+")
# The volume's icon in Finder: the app's own.
set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_LIST_DIR}/retrydesk.icns")
# DragNDrop adds the /Applications symlink by default (CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK OFF).
set(CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK OFF)

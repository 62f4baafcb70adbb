# RetryDesk's translations, included by ui/CMakeLists.txt (qt_add_translations must be called in
# the target's directory). English is the source language; retrydesk_es.ts is Spanish (Mexico).
# Build `update_translations` (lupdate) after adding strings, translate them (Qt Linguist or the
# .ts by hand), and tests/i18n fails while any is missing or unfinished.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(RETRYDESK_TS_FILES ${CMAKE_CURRENT_LIST_DIR}/retrydesk_es.ts)

# What lupdate reads: the widgets and the app/ libraries whose text the window shows (countdowns,
# error explanations, column headers…). Not app/cli (the command-line tool speaks English and
# never installs a translator) nor app/sandbox (it plays the server, whose messages are shown as
# sent).
file(GLOB_RECURSE RETRYDESK_TR_SOURCES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
     ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
list(FILTER RETRYDESK_TR_SOURCES EXCLUDE REGEX "/app/(cli|sandbox)/")
list(SORT RETRYDESK_TR_SOURCES)

# Line numbers would churn the .ts on every edit; the context (class) and the source text are
# what a translator needs, and Qt Linguist shows the code by searching for the text.
qt_add_translations(retrydesk_ui
  TS_FILES ${RETRYDESK_TS_FILES}
  SOURCES ${RETRYDESK_TR_SOURCES}
  # Sources include "models/…", "dashboard/…": without these roots lupdate cannot see which class
  # a member function belongs to and files its texts under the wrong context.
  INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/app
  LUPDATE_OPTIONS -locations none -no-obsolete
  LRELEASE_OPTIONS -nounfinished)

# English plurals: the source texts say "%n list(s)"; retrydesk_en.ts holds only their English
# singular and plural forms (lupdate -pluralonly), so English reads "1 list", "2 lists". It is
# kept out of qt_add_translations, whose lupdate would fill it with every message;
# update_translations refreshes it with -pluralonly.
set(RETRYDESK_EN_TS ${CMAKE_CURRENT_LIST_DIR}/retrydesk_en.ts)
set(_en_qm ${CMAKE_CURRENT_BINARY_DIR}/i18n/retrydesk_en.qm)
add_custom_command(OUTPUT ${_en_qm}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/i18n
  COMMAND Qt6::lrelease -silent ${RETRYDESK_EN_TS} -qm ${_en_qm}
  DEPENDS ${RETRYDESK_EN_TS} VERBATIM COMMENT "Compiling the English plural forms")
qt_add_resources(retrydesk_ui "retrydesk_en_plurals"
  PREFIX "/i18n"
  BASE ${CMAKE_CURRENT_BINARY_DIR}/i18n
  FILES ${_en_qm})
add_custom_target(retrydesk_ui_lupdate_en
  COMMAND Qt6::lupdate -pluralonly -locations none -no-obsolete -source-language en
          -target-language en @${CMAKE_BINARY_DIR}/retrydesk_tr_sources.lst -ts ${RETRYDESK_EN_TS}
  VERBATIM COMMENT "Updating the English plural forms (retrydesk_en.ts)")
add_dependencies(update_translations retrydesk_ui_lupdate_en)

# The same list for tests/i18n, which runs lupdate over it into a copy of each .ts (@file: one
# source per line).
set(_tr_list ${RETRYDESK_TR_SOURCES} -I${PROJECT_SOURCE_DIR}/ui -I${PROJECT_SOURCE_DIR}/app)
string(REPLACE ";" "\n" _tr_list "${_tr_list}")
file(WRITE ${CMAKE_BINARY_DIR}/retrydesk_tr_sources.lst "${_tr_list}\n")
set(RETRYDESK_TR_SOURCES_LIST ${CMAKE_BINARY_DIR}/retrydesk_tr_sources.lst
    CACHE INTERNAL "lupdate's list of RetryDesk's translatable sources")
set(RETRYDESK_TS_FILES ${RETRYDESK_TS_FILES} ${RETRYDESK_EN_TS}
    CACHE INTERNAL "RetryDesk's .ts files (the English one: plural forms only)")

# Qt's own strings (standard buttons, file and colour dialogs, context menus of line edits) come
# from the qtbase catalog of the Qt RetryDesk is built with, compiled in beside RetryDesk's: the
# Windows (windeployqt) and macOS (macdeployqt) packages would otherwise need the translations
# folder deployed and found at run time, and a Linux system without qt6-translations-l10n would
# show "Cancel" beside Spanish text. A build without the catalog (Debian: install
# qt6-translations-l10n) still works, loading it from QLibraryInfo::TranslationsPath when there.
set(_qt_translations "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
set(_qt_qm_files "")
foreach(_ts IN LISTS RETRYDESK_TS_FILES)
  string(REGEX REPLACE ".*_([a-zA-Z_]+)\\.ts$" "\\1" _lang "${_ts}")
  if(EXISTS "${_qt_translations}/qtbase_${_lang}.qm")
    list(APPEND _qt_qm_files "${_qt_translations}/qtbase_${_lang}.qm")
  else()
    message(WARNING "Qt's own ${_lang} translation (qtbase_${_lang}.qm) is not in "
                    "${_qt_translations}: standard buttons and dialogs will stay in English "
                    "unless the running Qt has it (Debian: qt6-translations-l10n).")
  endif()
endforeach()
if(_qt_qm_files)
  qt_add_resources(retrydesk_ui "qt_translations"
    PREFIX "/i18n"
    BASE "${_qt_translations}"
    FILES ${_qt_qm_files})
endif()

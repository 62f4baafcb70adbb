# Runs lupdate over RetryDesk's current sources into a temporary copy of each .ts and fails,
# listing them, when any message is unfinished (a new string nobody translated, or one whose
# English changed) — so a string added without its translation fails `ctest -L i18n`.
# Called by tests/i18n/CMakeLists.txt with -DLUPDATE= -DLRELEASE= -DSOURCES_LIST= -DTS_FILES=
# -DWORK_DIR=.
foreach(_var LUPDATE LRELEASE SOURCES_LIST TS_FILES WORK_DIR)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "CheckTranslations.cmake needs -D${_var}=")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(_failed FALSE)
foreach(_ts IN LISTS TS_FILES)
  get_filename_component(_name "${_ts}" NAME)
  set(_copy "${WORK_DIR}/${_name}")
  file(COPY_FILE "${_ts}" "${_copy}")
  # The same options as the update_translations target (resources/translations/translations.cmake);
  # English, the source language, needs only its plural forms.
  set(_only "")
  if(_name MATCHES "_en\\.ts$")
    set(_only -pluralonly)
  endif()
  execute_process(COMMAND "${LUPDATE}" ${_only} -locations none -no-obsolete "@${SOURCES_LIST}" -ts "${_copy}"
                  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${_name} (${_rc}):\n${_out}\n${_err}")
  endif()
  string(REGEX MATCH "Found [0-9]+ source text\\(s\\) \\([0-9]+ new and [0-9]+ already existing\\)"
         _found "${_out}")
  execute_process(COMMAND "${LRELEASE}" "${_copy}" -qm "${WORK_DIR}/${_name}.qm"
                  RESULT_VARIABLE _rc OUTPUT_VARIABLE _rel ERROR_VARIABLE _relerr)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "lrelease failed on ${_name} (${_rc}):\n${_rel}\n${_relerr}")
  endif()
  string(REGEX MATCH "Generated [0-9]+ translation\\(s\\) \\([0-9]+ finished and [0-9]+ unfinished\\)"
         _generated "${_rel}")
  message(STATUS "${_name}: ${_found}; ${_generated}")

  # Every message whose translation is unfinished, with its context, to say what to translate.
  file(READ "${_copy}" _xml)
  # Split into a CMake list below: ';' and unbalanced brackets in texts would split it wrongly.
  string(REPLACE ";" "@SEMICOLON@" _xml "${_xml}")
  string(REPLACE "[" "@LBRACKET@" _xml "${_xml}")
  string(REPLACE "]" "@RBRACKET@" _xml "${_xml}")
  string(REPLACE "<context>" ";<context>" _xml "${_xml}")
  set(_missing "")
  set(_count 0)
  foreach(_context IN LISTS _xml)
    if(NOT _context MATCHES "<name>([^<]*)</name>")
      continue()
    endif()
    set(_ctx "${CMAKE_MATCH_1}")
    string(REPLACE "<message" ";<message" _messages "${_context}")
    foreach(_m IN LISTS _messages)
      if(_m MATCHES "type=\"unfinished\"" AND _m MATCHES "<source>([^<]*)</source>")
        math(EXPR _count "${_count} + 1")
        set(_text "${CMAKE_MATCH_1}")
        foreach(_pair "@SEMICOLON@|\\;" "@LBRACKET@|[" "@RBRACKET@|]")
          string(REPLACE "|" ";" _pair "${_pair}")
          list(GET _pair 0 _from)
          list(GET _pair 1 _to)
          string(REPLACE "${_from}" "${_to}" _text "${_text}")
        endforeach()
        string(APPEND _missing "  [${_ctx}] ${_text}\n")
      endif()
    endforeach()
  endforeach()
  if(_count GREATER 0)
    set(_failed TRUE)
    message(SEND_ERROR
      "${_name}: ${_count} message(s) unfinished or missing. Build the update_translations "
      "target, translate these in ${_ts} (Qt Linguist or by hand), and run this test again:\n"
      "${_missing}")
  endif()
endforeach()
if(_failed)
  message(FATAL_ERROR "Translations are incomplete.")
endif()

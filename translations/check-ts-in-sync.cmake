# Test script: the checked-in .ts files hold exactly the texts the sources have now.
# Runs lupdate as `parapet_lupdate` does (same project description, same options) on a copy of
# each .ts and compares the copy with the original. A difference means someone changed a
# user-visible text without running lupdate: its translation is missing or stale even though
# tst_i18n (which reads the .ts) passes.
#
#   cmake -DLUPDATE=... -DPROJECT_IN=....cmake -DGENERATOR_SCRIPT=GenerateLUpdateProject.cmake
#         -DWORK_DIR=... -DTS_FILES="a.ts;b.ts" -DOPTIONS="..." -P check-ts-in-sync.cmake
foreach(var IN ITEMS LUPDATE PROJECT_IN GENERATOR_SCRIPT WORK_DIR TS_FILES)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "check-ts-in-sync: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(project_json "${WORK_DIR}/project.json")
execute_process(
    COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${project_json}
            -P "${GENERATOR_SCRIPT}"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "check-ts-in-sync: could not write the lupdate project (${rc})")
endif()

separate_arguments(options UNIX_COMMAND "${OPTIONS}")
set(stale "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    execute_process(
        COMMAND "${LUPDATE}" -silent -project "${project_json}" ${options} -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE errors)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "check-ts-in-sync: lupdate failed on ${name} (${rc}):\n${errors}")
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${ts}" "${copy}"
                    RESULT_VARIABLE differs)
    if(differs)
        file(STRINGS "${copy}" unfinished REGEX "type=\"unfinished\"")
        list(LENGTH unfinished count)
        string(APPEND stale "  ${name}: ${count} unfinished after lupdate (the updated copy is "
                            "${copy})\n")
    endif()
endforeach()
if(stale)
    message(FATAL_ERROR "The translations are out of date with the sources:\n${stale}"
                        "Run `ninja parapet_lupdate` in the build folder, translate the "
                        "type=\"unfinished\" messages and commit the .ts files.")
endif()
message(STATUS "Every .ts file matches the sources.")

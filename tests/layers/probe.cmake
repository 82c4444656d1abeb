# Builds one layer probe and checks the verdict: ALLOWED must compile; FORBIDDEN must fail on
# its include (a failure for any other reason is a broken probe, not a kept rule).
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${TARGET}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
string(FIND "${output}" "${HEADER}: No such file or directory" missing)
if(VERDICT STREQUAL "ALLOWED")
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${TARGET} should compile but did not:\n${output}")
    endif()
elseif(result EQUAL 0)
    message(FATAL_ERROR "${TARGET} compiled: ${HEADER} is visible where it must not be")
elseif(missing EQUAL -1)
    message(FATAL_ERROR "${TARGET} failed, but not for want of ${HEADER}:\n${output}")
endif()

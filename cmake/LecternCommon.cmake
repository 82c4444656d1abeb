# One place for the language level, warnings and Qt defines of every Lectern target.

option(LECTERN_WERROR "Treat compiler warnings as errors (CI turns this on)" OFF)

find_program(LECTERN_CCACHE ccache)
if(LECTERN_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${LECTERN_CCACHE}" CACHE STRING "" FORCE)
endif()

function(lectern_configure_target target)
    target_compile_features(${target} PUBLIC cxx_std_23)
    set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF AUTOMOC ON)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(LECTERN_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

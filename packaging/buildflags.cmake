# Debian's build flags, as dpkg-buildflags gives them to a package built with every
# hardening feature (DEB_BUILD_MAINT_OPTIONS=hardening=+all): -D_FORTIFY_SOURCE=2,
# -fstack-protector-strong, -Wformat -Werror=format-security, -Wl,-z,relro and -z,now.
# On every target through irdash_common. Included from the top-level CMakeLists.txt when
# IRDASH_DEBIAN_BUILDFLAGS is ON (the deb preset, packaging/check-deb.sh).
# The optimisation and debug flags (-O2, -g) are left to CMAKE_BUILD_TYPE: the package's
# binary is stripped, so -g would only cost build time.
find_program(IRDASH_DPKG_BUILDFLAGS dpkg-buildflags)
if(NOT IRDASH_DPKG_BUILDFLAGS)
    message(FATAL_ERROR "dpkg-buildflags not found: IRDASH_DEBIAN_BUILDFLAGS needs it. Install it with "
        "`apt-get install dpkg-dev` (bash packaging/install-deps.sh installs it).")
endif()
set(debian_flags)
foreach(kind IN ITEMS CPPFLAGS CXXFLAGS LDFLAGS)
    # From the source folder, so -ffile-prefix-map maps it to "." (reproducible paths).
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env DEB_BUILD_MAINT_OPTIONS=hardening=+all
                ${IRDASH_DPKG_BUILDFLAGS} --get ${kind}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        OUTPUT_VARIABLE flags
        OUTPUT_STRIP_TRAILING_WHITESPACE
        COMMAND_ERROR_IS_FATAL ANY)
    separate_arguments(flags UNIX_COMMAND "${flags}")
    list(FILTER flags EXCLUDE REGEX "^-(g|O[0-9s]?)$")
    set(debian_${kind} ${flags})
    list(APPEND debian_flags ${flags})
endforeach()
target_compile_options(irdash_common INTERFACE ${debian_CPPFLAGS} ${debian_CXXFLAGS})
target_link_options(irdash_common INTERFACE ${debian_LDFLAGS})
list(JOIN debian_flags " " debian_flags)
message(STATUS "Debian build flags: ${debian_flags}")

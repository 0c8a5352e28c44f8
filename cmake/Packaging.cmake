# `cmake --install` and the Debian package (`cpack` or `cmake --build build --target package`).
include(GNUInstallDirs)

install(TARGETS pusterum RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Man pages, compressed as Debian ships them (gzip -n: no name or time stamp, so the bytes repeat).
file(GLOB man_pages CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/man/*.1)
set(man_gz)
foreach(page ${man_pages})
  get_filename_component(name ${page} NAME)
  set(gz ${PROJECT_BINARY_DIR}/man/${name}.gz)
  add_custom_command(OUTPUT ${gz}
                     COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
                     COMMAND gzip -9n -c ${page} > ${gz}
                     DEPENDS ${page} VERBATIM)
  list(APPEND man_gz ${gz})
endforeach()
add_custom_target(man-pages ALL DEPENDS ${man_gz})
install(FILES ${man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Shell completions where bash-completion, zsh and fish look for a vendor's.
install(FILES ${PROJECT_SOURCE_DIR}/completions/pusterum.bash
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/bash-completion/completions RENAME pusterum)
install(FILES ${PROJECT_SOURCE_DIR}/completions/_pusterum DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/zsh/vendor-completions)
install(FILES ${PROJECT_SOURCE_DIR}/completions/pusterum.fish DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/fish/vendor_completions.d)

# The JSON Schemas of the files and of every --format json output, for editors and scripts.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/schemas/ DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/pusterum/schemas)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pusterum)
set(CPACK_PACKAGE_VENDOR "pusterum")
set(CPACK_PACKAGE_CONTACT "pusterum maintainers <pusterum@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "case files, matching, shift plans and hours for Danish respite-care providers")
set(CPACK_PACKAGE_DESCRIPTION "pusterum keeps the case files of a Danish provider of respite care (aflastning and afloesning) as plain YAML files in a folder kept in git: intake, staff, matching, shift plans, hours logs and status reports.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # pusterum_0.1.0_amd64.deb
# The shared libraries' packages (libyaml-cpp0.7, libfmt9, libcbc3, ...) from dpkg-shlibdeps (dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# git is run for git.autocommit and `init --git`; without it pusterum works and says why nothing is committed.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "git")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
set(CPACK_STRIP_FILES ON)
include(CPack)

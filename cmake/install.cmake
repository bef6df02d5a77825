# cmake --install: the CLI (and its graphics module), the static libraries,
# the public headers, and the CMake package that find_package(chronik)
# reads (chronikConfig.cmake, chronikConfigVersion.cmake, chronikTargets.cmake).
include(CMakePackageConfigHelpers)

set(CHRONIK_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/chronik)

# chronik_warnings is linked privately (flags for chronik's own sources); a
# static library's private links stay in its link interface, so the
# interface target goes along, empty of meaning for a consumer.
set(chronik_exported chronik chronik_warnings)
if(CHRONIK_RENDER)
  set_target_properties(chronik_render PROPERTIES EXPORT_NAME render)
  list(APPEND chronik_exported chronik_render)
endif()
install(TARGETS ${chronik_exported} EXPORT chronikTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS chronik_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(CHRONIK_RENDER)
  install(TARGETS chronik_cli_graphics LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/chronik)
  install(DIRECTORY include/chronik DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
else()
  install(DIRECTORY include/chronik DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} PATTERN render.hpp EXCLUDE)
endif()
install(FILES doc/chronik.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 OPTIONAL)
install(FILES doc/chronik.bash-completion DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME chronik OPTIONAL)

install(EXPORT chronikTargets NAMESPACE chronik:: DESTINATION ${CHRONIK_CMAKE_DIR})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/chronikConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/chronikConfig.cmake
  INSTALL_DESTINATION ${CHRONIK_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/chronikConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/chronikConfig.cmake ${CMAKE_CURRENT_BINARY_DIR}/chronikConfigVersion.cmake
        DESTINATION ${CHRONIK_CMAKE_DIR})

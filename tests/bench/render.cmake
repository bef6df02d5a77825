# Render benchmark: 1,000 events laid out and drawn to SVG and PDF.
# Run: build/tests/bench/chronik_bench_render   (targets: SVG < 0.2 s, PDF < 0.5 s)
# build/tests/bench/chronik_bench_render --write-json 30000 /tmp/t30k.json writes the
# synthetic timeline for measuring the CLI: /usr/bin/time -v build/chronik render /tmp/t30k.json -o x.pdf
if(TARGET chronik::render)
  add_executable(chronik_bench_render ${CMAKE_CURRENT_LIST_DIR}/bench_render.cpp)
  target_include_directories(chronik_bench_render PRIVATE ${PROJECT_SOURCE_DIR}/tests/render)
  target_link_libraries(chronik_bench_render PRIVATE chronik::render chronik_warnings)
endif()

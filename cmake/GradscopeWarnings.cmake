# Warnings are errors on our own code; third-party headers come in as SYSTEM includes.
function(gradscope_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
endfunction()

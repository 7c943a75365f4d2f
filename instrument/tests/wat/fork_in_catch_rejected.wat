;; A fork call inside a catch body is rejected at instrument time, naming the function.
;; expect-instrument-failure: function forks_in_handler: a fork-path call inside a catch body
(module
  (import "wpk" "fork" (func $fork (result i32)))
  (memory (export "memory") 1)
  (tag (;0;))
  (func $forks_in_handler (export "_start") (result i32)
    (try (result i32)
      (do (throw 0))
      (catch 0 (call $fork)))))

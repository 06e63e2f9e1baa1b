import type { Captures, ErrorPattern } from '../rules/error-pattern';
import type { Fix } from '../translation';
import { fix, ref } from './answer-parts';
import { cppTwin } from './native.patterns';

/*
 * C / C++ seventh pass: run-time reports and firmware builds as people paste them, where the earlier patterns miss
 * them. LeakSanitizer's SUMMARY line or a leak record without the report's header, valgrind's LEAK SUMMARY and its
 * loss records with a "(direct, indirect)" count, the signal of systemd-coredump's record and of Open MPI's handler,
 * the stack protector's message with Markdown's escape in it, tcmalloc's invalid free, the ESP32's task watchdog and
 * FreeRTOS's stack overflow check, the ESP8266 Arduino core's exception dump, the kernel's modpost and general
 * protection fault, Zephyr's devicetree errors and the Arduino IDE's "Sketch too big".
 *
 * Conventions of native.patterns.ts: the type is the tool's phrase without the names around it (the sanitizers' and
 * glibc's phrases where the report is theirs); run-time reports are filed under C with a C++ twin (cppTwin) where the
 * text shows C++; the ESP32's and the ESP8266's reports under C++ (Arduino sketches, ESP32 panics without the
 * program's C sources, as native-catalog4's esp32-abort); the kernel's and Zephyr's under C.
 */

const LSAN = ref('Clang: LeakSanitizer', 'https://clang.llvm.org/docs/LeakSanitizer.html');
const MEMCHECK = ref('Valgrind Memcheck manual: memory leak detection', 'https://valgrind.org/docs/manual/mc-manual.html#mc-manual.leaks');
const SIGNALS = ref('signal(7) - overview of signals', 'https://man7.org/linux/man-pages/man7/signal.7.html');
const ESP_FATAL = ref('ESP-IDF: Fatal errors', 'https://docs.espressif.com/projects/esp-idf/en/latest/esp32/api-guides/fatal-errors.html');
const KERNEL_BUGS = ref('Linux kernel: Bug hunting', 'https://docs.kernel.org/admin-guide/bug-hunting.html');

// ---------------------------------------------------------------- leak reports without their header

const lsanSummary: ErrorPattern = {
  id: 'c.lsan-summary',
  language: 'c',
  // The report's last line ("SUMMARY: AddressSanitizer: 240 byte(s) leaked in 2 allocation(s).") or one of its records
  // ("Indirect leak of 4 byte(s) in 1 object(s) allocated from:"), pasted without "ERROR: LeakSanitizer: detected memory leaks".
  match: /SUMMARY: (?:AddressSanitizer|LeakSanitizer): (?<bytes>\d{1,12}) byte\(s\) leaked in (?<allocs>\d{1,9}) allocation\(s\)|(?<![\w-])(?<kind>Direct|Indirect) leak of (?<bytes2>\d{1,12}) byte\(s\) in (?<objects>\d{1,9}) object\(s\) allocated from:/,
  requires: /leaked in|leak of/,
  errorType: 'memory leak',
  category: 'memory',
  priority: 19,
  summary: (c) => `LeakSanitizer found ${c.bytes ?? c.bytes2} byte(s) of memory that were never freed${c.allocs ? ` (${c.allocs} allocation(s))` : ''}.`,
  explanation:
    'At exit, LeakSanitizer (part of AddressSanitizer, on by default on Linux) found heap blocks that no pointer reached any more and that were never freed. The report lists each leak with the stack that allocated it ("Direct leak" for blocks nothing points to, "Indirect leak" for blocks only reachable from leaked ones) and ends with the SUMMARY line; freeing the direct leaks usually fixes the indirect ones.',
  causes: ['A missing free()/delete on some path (an early return, an error path)', 'The only pointer to a block overwritten', 'A library object never released (its close/destroy function not called)'],
  fixes: [
    fix('Read the allocation stacks', ['Scroll up to the "Direct leak of … allocated from:" records: the first frame in your own code allocated the block; free it on every path, or use RAII in C++.', 'To see the full report, run again with the output not cut; suppress leaks of third-party libraries with LSAN_OPTIONS=suppressions=lsan.supp.'], 'ASAN_OPTIONS=detect_leaks=1 ./app 2>&1 | less\nLSAN_OPTIONS=suppressions=lsan.supp ./app'),
  ],
  references: [LSAN],
  samples: ['SUMMARY: AddressSanitizer: 31051 byte(s) leaked in 1906 allocation(s).', 'Indirect leak of 4 byte(s) in 1 object(s) allocated from:\n    #0 0x7f73d7f6893f in __interceptor_malloc (/lib64/libasan.so.6+0xae93f)\n    #1 0x7f73d75f9ac6 in re_node_set_init_copy posix/regex_internal.c:1034'],
};

const valgrindLeak: ErrorPattern = {
  id: 'c.valgrind-leak',
  language: 'c',
  // Memcheck's LEAK SUMMARY with a non-zero count, and its loss records that c.valgrind does not read: possibly or
  // indirectly lost ones, and definitely lost ones with a "(16 direct, 8,016 indirect)" count.
  match: /==\d{1,9}==[ \t]{1,12}(?:(?<kind>definitely|indirectly|possibly) lost: (?!0 bytes)(?<bytes>[\d,]{1,20}) bytes in (?<blocks>[\d,]{1,20}) blocks|(?<bytes2>[\d,]{1,20}) (?:\([\d,]{1,20} direct, [\d,]{1,20} indirect\) )?bytes in (?<blocks2>[\d,]{1,20}) blocks are (?<kind2>definitely|indirectly|possibly) lost in loss record)/,
  requires: / lost/,
  errorType: 'memory leak',
  category: 'memory',
  priority: 17,
  summary: (c) => `Valgrind found ${c.bytes ?? c.bytes2} bytes in ${c.blocks ?? c.blocks2} block(s) ${c.kind ?? c.kind2} lost: memory that was never freed.`,
  explanation:
    'At exit, Memcheck lists the heap blocks still allocated. "Definitely lost" blocks are no longer pointed to by anything: a real leak. "Indirectly lost" blocks are only reachable from lost blocks, and "possibly lost" ones only through a pointer into their middle (often a leak too, sometimes a library\'s own bookkeeping). Each loss record shows the stack that allocated the block.',
  causes: ['A missing free()/delete on some path (an early return, an error path)', 'The only pointer to a block overwritten', 'A structure freed without freeing what its members point to (the indirect losses)'],
  fixes: [
    fix('See where the lost blocks were allocated', ['Run with --leak-check=full: each loss record shows the allocating stack; the first frame in your own code is the allocation to free.', 'Free the definitely lost blocks first: the indirectly lost ones usually go with them.'], 'valgrind --leak-check=full --show-leak-kinds=definite,indirect --track-origins=yes ./app'),
  ],
  references: [MEMCHECK],
  samples: ['==49== LEAK SUMMARY:\n==49==    definitely lost: 4 bytes in 1 blocks\n==49==    indirectly lost: 0 bytes in 0 blocks', '==8053== 16 bytes in 1 blocks are possibly lost in loss record 89 of 241\n==8053==    at 0x4C2DF55: calloc (in /usr/lib/valgrind/vgpreload_memcheck-amd64-linux.so)'],
};

// ---------------------------------------------------------------- a crash's signal in another tool's record

/** The shell's phrase for a signal, by its short name or by the C library's description of it. */
const SIGNAL_PHRASE: Record<string, string> = {
  ABRT: 'aborted',
  SEGV: 'segmentation fault',
  BUS: 'bus error',
  FPE: 'floating point exception',
  Aborted: 'aborted',
  'Segmentation fault': 'segmentation fault',
  'Bus error': 'bus error',
  'Floating point exception': 'floating point exception',
};
const signalPhrase = (c: Captures): string => SIGNAL_PHRASE[c.sig ?? c.described ?? 'ABRT'] ?? 'aborted';

const crashRecordSignal: ErrorPattern = {
  id: 'c.crash-record-signal',
  language: 'c',
  // systemd-coredump's record as coredumpctl info/gdb prints it ("Signal: 6 (ABRT)") and Open MPI's signal handler
  // ("[host:12208] Signal: Aborted (6)"): the signal that killed the program, without the shell's line.
  match: /\bSignal: (?:(?<num>\d{1,2}) \((?<sig>ABRT|SEGV|BUS|FPE)\)|(?<described>Aborted|Segmentation fault|Bus error|Floating point exception) \((?<num2>\d{1,2})\))/,
  requires: /Signal: /,
  errorType: signalPhrase,
  category: 'runtime',
  priority: 4,
  signal: true,
  summary: (c) => `The program was killed by signal ${c.num ?? c.num2} (${signalPhrase(c)}).`,
  explanation: (c) =>
    signalPhrase(c) === 'aborted'
      ? 'The program called abort() (SIGABRT): a failed assert(), glibc finding the heap corrupted (a double free, an overflowed buffer), or the C++ runtime terminating on an uncaught exception. The record names only the signal; the message printed just before it, or the stack trace in the record (abort() called from __libc_free, from std::terminate…), says which.'
      : `The program was killed by the signal ${c.sig ?? c.described}: the kernel stopped it on an invalid memory access or arithmetic fault. The stack trace in the record (its first frames in the program's own code) shows where.`,
  causes: (c) => (signalPhrase(c) === 'aborted' ? ['Heap corruption detected by glibc (a frame in free()/malloc() above abort)', 'A failed assert()', 'An uncaught C++ exception (std::terminate in the stack)'] : ['A NULL, dangling or uninitialised pointer dereferenced', 'A buffer overrun', 'A stack overflow from deep recursion']),
  fixes: [
    fix('Read the stack of the crash', ['Open the core dump in gdb (coredumpctl gdb <pid>, or gdb ./app core) and run bt: the first frames in your own code, and the message the program printed before it died, name the bug. Rebuild with -g -fsanitize=address to catch it at the first bad access.'], 'coredumpctl list\ncoredumpctl gdb <PID>\n(gdb) bt full'),
  ],
  references: [SIGNALS, ref('systemd: coredumpctl', 'https://www.freedesktop.org/software/systemd/man/latest/coredumpctl.html')],
  samples: [
    '           PID: 2150 (neomutt)\n        Signal: 6 (ABRT)\n       Message: Process 2150 (neomutt) of user 1000 dumped core.\n\n                Stack trace of thread 2150:\n                #0  0x00007feab049f26c n/a (libc.so.6 + 0x8926c)\n                #6  0x00007feab04adcb3 __libc_free (libc.so.6 + 0x97cb3)',
    '[host:14237] *** Process received signal ***\n[host:14237] Signal: Aborted (6)\n[host:14237] Signal code:  (-6)',
  ],
};

const stackSmashingEscaped: ErrorPattern = {
  id: 'c.stack-smashing-escaped',
  language: 'c',
  // glibc's stack protector message with the first asterisk escaped by Markdown as people paste it ("**\* stack smashing detected ***").
  match: /\*{1,2}\\\*{1,2} stack smashing detected \*{1,3}(?::? (?<program>[^\n]{0,100}?) ?terminated)?/,
  requires: /stack smashing detected/,
  errorType: 'stack smashing detected',
  category: 'memory',
  priority: 15,
  summary: 'A buffer on the stack was overflowed; the stack protector stopped the program.',
  explanation:
    "GCC's stack protector (-fstack-protector, on by default in most distributions) places a canary value next to a function's local arrays and checks it when the function returns. The canary had changed: a write went past the end of a local buffer (strcpy, sprintf, gets or scanf(\"%s\") into a too-small array, a loop one element too far), and glibc aborted the program instead of returning through a corrupted stack.",
  causes: ['strcpy/strcat/sprintf/gets/scanf("%s") into a fixed-size local array', 'A loop writing one element past a local array', 'A wrong size passed to memcpy/fgets/read'],
  fixes: [
    fix('Find the overflowing function', ['Run the program under gdb: it stops in __stack_chk_fail, and the frame below it is the function whose buffer overflowed. Rebuild with -fsanitize=address to stop at the write itself.'], 'gcc -g -fsanitize=address -o app *.c\n./app'),
  ],
  references: [ref('GCC: Instrumentation Options (-fstack-protector)', 'https://gcc.gnu.org/onlinedocs/gcc/Instrumentation-Options.html')],
  samples: ['~/twister-core/src$ ./twisterd -rpcuser=user -rpcpassword=pwd\n**\\* stack smashing detected ***: ./twisterd terminated\n======= Backtrace: =========\n/lib/i386-linux-gnu/i686/cmov/libc.so.6(__fortify_fail+0x50)[0xb70b13c0]'],
};

const tcmallocInvalidFree: ErrorPattern = {
  id: 'c.tcmalloc-invalid-free',
  language: 'c',
  // gperftools' tcmalloc checks the pointer it is asked to free: "src/tcmalloc.cc:278] Attempt to free invalid pointer 0x2183da8".
  match: /\bAttempt to free invalid pointer (?<address>0x[0-9a-fA-F]{1,16})/,
  requires: /Attempt to free invalid pointer/,
  errorType: 'invalid pointer',
  category: 'memory',
  priority: 15,
  summary: (c) => `tcmalloc aborted the program: it was asked to free ${c.address}, a pointer it never allocated.`,
  explanation:
    "The program is linked with gperftools' tcmalloc, which replaces malloc/free. free() (or delete) received a pointer that tcmalloc never returned: memory allocated by another allocator (glibc's malloc in a library loaded before tcmalloc, or one linked statically), a pointer into the middle of a block, a stack or static address, or heap metadata overwritten by an overflow.",
  causes: ['Memory allocated by one allocator and freed by another (tcmalloc loaded with LD_PRELOAD or linked after a library that allocated with glibc)', 'A pointer offset from what malloc returned, or a stack/static address', 'Heap corruption from a buffer overflow'],
  fixes: [
    fix('Use one allocator for the whole process', ['Link tcmalloc into the executable itself (first on the link line) or preload it before anything allocates; do not mix it with another malloc in plugins.', 'Otherwise run without tcmalloc under AddressSanitizer to find the bad free.'], 'LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libtcmalloc.so.4 ./app\n# or find the bad free\ng++ -g -fsanitize=address -o app *.cc'),
  ],
  references: [ref('gperftools: TCMalloc', 'https://gperftools.github.io/gperftools/tcmalloc.html')],
  samples: ['Attempt to free invalid pointer 0x7f9b64bfe0\nAborted (core dumped)'],
};

// ---------------------------------------------------------------- ESP32, ESP8266

const espTaskWatchdog: ErrorPattern = {
  id: 'cpp.esp32-task-wdt',
  language: 'cpp',
  // ESP-IDF's task watchdog: "E (10325) task_wdt: Task watchdog got triggered. The following tasks did not reset the watchdog in time:
  // E (10325) task_wdt:  - IDLE0 (CPU 0)" (older: "did not feed"), with "Aborting." and abort() when it panics.
  match: /\bTask watchdog got triggered\. The following tasks(?:\/users)? did not (?:reset|feed) the watchdog in time(?:[\s\S]{0,200}? - (?<task>[\w.-]{1,40}) \(CPU (?<cpu>[\d/]{1,5})\))?/,
  requires: /Task watchdog got triggered/,
  errorType: 'Task watchdog got triggered',
  category: 'runtime',
  priority: 9,
  summary: (c) => `The ESP32's task watchdog fired: ${c.task ? `the task ${c.task}` : 'a task'} did not get to run in time.`,
  explanation: (c) =>
    `ESP-IDF's task watchdog checks that the tasks it watches (at least the idle task of each core) run regularly. ${c.task && /^IDLE/.test(c.task) ? `The idle task ${c.task} could not run, because another task on its core never blocked: a busy loop, a long computation or a blocking driver call without a delay.` : `${c.task ?? 'A watched task'} did not reset the watchdog within the timeout (5 s by default): it is stuck, or busy for too long.`} The line "Tasks currently running" shows which task held the CPU; with the panic option on, the watchdog then aborts and the chip reboots.`,
  causes: ['A loop that never blocks (polling without vTaskDelay or delay())', 'A long computation or flash/network operation in one go on the same core', 'A task stuck waiting with interrupts disabled or in a critical section'],
  fixes: [
    fix('Let the idle task run', ['Block regularly in long loops (vTaskDelay(1), delay(1) in Arduino), split long work into steps, or move it to a task on the other core; raise CONFIG_ESP_TASK_WDT_TIMEOUT_S only for work that legitimately takes longer.'], 'while (true) {\n    poll_sensor();\n    vTaskDelay(pdMS_TO_TICKS(10));   // lets IDLE reset the watchdog\n}'),
  ],
  references: [ref('ESP-IDF: Watchdogs', 'https://docs.espressif.com/projects/esp-idf/en/latest/esp32/api-reference/system/wdts.html'), ESP_FATAL],
  samples: ['E (10325) task_wdt: Task watchdog got triggered. The following tasks did not reset the watchdog in time:\nE (10325) task_wdt:  - IDLE0 (CPU 0)\nE (10325) task_wdt: Tasks currently running:\nE (10325) task_wdt: CPU 0: loopTask\nE (10325) task_wdt: Aborting.\nabort() was called at PC 0x400d1537 on core 0'],
};

const espStackOverflow: ErrorPattern = {
  id: 'cpp.esp32-task-stack-overflow',
  language: 'cpp',
  // FreeRTOS's stack overflow check as ESP-IDF prints it before it aborts: "***ERROR*** A stack overflow in task main has been detected."
  match: /\*\*\*ERROR\*\*\* A stack overflow in task (?<task>[^\n]{1,40}?) has been detected/,
  requires: /A stack overflow in task/,
  errorType: 'stack overflow',
  category: 'memory',
  priority: 9,
  summary: (c) => `The FreeRTOS task ${c.task} overflowed its stack and the ESP32 rebooted.`,
  explanation: (c) =>
    `Each FreeRTOS task has a fixed stack, given when it is created (the main task's in menuconfig, Arduino's loopTask 8 KB). At a context switch FreeRTOS found that ${c.task} had used more than its stack: large local arrays or structures, printf of floats, deep recursion or a library's big buffers on the stack. ESP-IDF then calls abort() and the chip reboots.`,
  causes: (c) => [`Large local buffers or structures in ${c.task}'s functions`, 'Deep or unbounded recursion', `A stack size too small for what ${c.task} calls (TLS, JSON, printf of floats)`],
  fixes: (c) => [
    fix(`Give ${c.task} a bigger stack or smaller locals`, [`Raise the stack size passed to xTaskCreate for ${c.task} (for the main task, CONFIG_ESP_MAIN_TASK_STACK_SIZE; for the system event task, CONFIG_ESP_SYSTEM_EVENT_TASK_STACK_SIZE); move big buffers to the heap or make them static.`, 'uxTaskGetStackHighWaterMark(NULL) shows how much stack a task has left.'], 'xTaskCreate(worker, "worker", 8192, NULL, 5, NULL);   // stack size in bytes on ESP-IDF\nUBaseType_t left = uxTaskGetStackHighWaterMark(NULL);'),
  ],
  references: [ESP_FATAL],
  samples: ['***ERROR*** A stack overflow in task eventTask has been detected.\nabort() was called at PC 0x400874f4 on core 0\n\nBacktrace: 0x400873dc:0x3ffbe540 0x400874db:0x3ffbe560'],
};

/** The Xtensa exception causes as ESP-IDF's panic handler names them (EXCCAUSE). */
const XTENSA_CAUSE: Record<string, string> = {
  '0': 'IllegalInstruction',
  '1': 'Syscall',
  '2': 'InstructionFetchError',
  '3': 'LoadStoreError',
  '4': 'Level1Interrupt',
  '5': 'Alloca',
  '6': 'IntegerDivideByZero',
  '8': 'Privileged',
  '9': 'LoadStoreAlignment',
  '12': 'InstrPIFDataError',
  '13': 'LoadStorePIFDataError',
  '14': 'InstrPIFAddrError',
  '15': 'LoadStorePIFAddrError',
  '20': 'InstrFetchProhibited',
  '28': 'LoadProhibited',
  '29': 'StoreProhibited',
};
const xtensaCause = (c: Captures): string => XTENSA_CAUSE[c.code ?? ''] ?? `Exception (${c.code})`;

const esp8266Exception: ErrorPattern = {
  id: 'cpp.esp8266-exception',
  language: 'cpp',
  // The ESP8266 Arduino core's crash dump: "Exception (28):\nepc1=0x… epc2=0x… epc3=0x… excvaddr=0x… depc=0x…", then the stack.
  match: /(?:^|\n)[ \t>]{0,8}Exception \((?<code>\d{1,2})\):[ \t]{0,8}\n[ \t>]{0,8}epc1=0x[0-9a-fA-F]{8} epc2=0x[0-9a-fA-F]{8} epc3=0x[0-9a-fA-F]{8} excvaddr=(?<address>0x[0-9a-fA-F]{8})/,
  requires: /epc1=0x/,
  errorType: xtensaCause,
  category: 'memory',
  priority: 8,
  summary: (c) => `The ESP8266 crashed on CPU exception ${c.code} (${xtensaCause(c)}) and rebooted.`,
  explanation: (c) =>
    `The ESP8266's Xtensa CPU raised exception ${c.code}, ${xtensaCause(c)}, and the Arduino core printed the registers and the stack before restarting. ` +
    (c.code === '28' || c.code === '29'
      ? `A ${c.code === '28' ? 'read' : 'write'} went to an address no memory is mapped at (excvaddr ${c.address}${/^0x0{5}/.test(c.address ?? '') ? ': close to zero, so a NULL pointer or a member of a NULL object' : ''}).`
      : c.code === '3'
        ? 'A byte or 16-bit access went to memory that only allows 32-bit accesses (flash, IRAM): a PROGMEM string read as a normal one, or a packed structure there.'
        : c.code === '0'
          ? 'The CPU fetched an invalid instruction: a corrupted function pointer or stack, or code in flash called from an interrupt without IRAM_ATTR.'
          : 'epc1 is the address of the faulting instruction; decoding the stack names the function.'),
  causes: ['A NULL or dangling pointer dereferenced', 'A stack overflow or a buffer overrun that corrupted a return address', 'An interrupt handler without IRAM_ATTR, or PROGMEM data read with normal accesses'],
  fixes: [
    fix('Decode the stack', ['Paste the dump between ">>>stack>>>" and "<<<stack<<<" (with the Exception line) into the ESP Exception Decoder, or run addr2line on epc1 with the sketch\'s .elf: it names the function and line.'], 'xtensa-lx106-elf-addr2line -pfiaC -e sketch.ino.elf 0x40106b49'),
  ],
  references: [ref('ESP8266 Arduino core: Exception causes', 'https://arduino-esp8266.readthedocs.io/en/latest/exception_causes.html')],
  samples: ['Exception (28):\nepc1=0x40106b49 epc2=0x00000000 epc3=0x00000000 excvaddr=0x00000000 depc=0x00000000\n\nctx: cont \nsp: 3ffffbe0 end: 3fffffd0 offset: 01a0'],
};

const espErrorCheck: ErrorPattern = {
  id: 'cpp.esp-error-check-failed',
  language: 'cpp',
  // ESP-IDF's ESP_ERROR_CHECK (and _WITHOUT_ABORT) on a call that returned an error:
  // "ESP_ERROR_CHECK failed: esp_err_t 0x103 (ESP_ERR_INVALID_STATE) at 0x400902bb\nfile: "…" line 371\nfunc: …\nexpression: …".
  match: /\bESP_ERROR_CHECK(?:_WITHOUT_ABORT)? failed: esp_err_t (?<code>0x[0-9a-fA-F]{1,8}) \((?<name>[A-Z][A-Z0-9_]{2,60})\)(?:[\s\S]{0,400}?\nfunc: (?<func>[\w:~]{1,120}))?(?:[\s\S]{0,200}?\nexpression: (?<expr>[^\n]{1,300}))?/,
  requires: /ESP_ERROR_CHECK/,
  errorType: (c) => c.name ?? 'ESP_ERROR_CHECK failed',
  category: 'runtime',
  priority: 9,
  summary: (c) => `An ESP-IDF call returned ${c.name} (${c.code})${c.expr ? `: ${c.expr}` : ''}, and ESP_ERROR_CHECK stopped there.`,
  explanation: (c) =>
    `ESP_ERROR_CHECK(x) checks that the ESP-IDF call x returned ESP_OK; on any other esp_err_t it prints the code, the file, the function and the expression, then aborts (the _WITHOUT_ABORT variant only logs). ${c.name === 'ESP_ERR_INVALID_STATE' ? 'ESP_ERR_INVALID_STATE means the driver or subsystem is not in a state that allows the call: not initialised yet, already initialised (a second init), or already stopped.' : c.name === 'ESP_ERR_INVALID_ARG' ? 'ESP_ERR_INVALID_ARG means an argument was rejected: a NULL pointer, an invalid pin or an out-of-range setting.' : c.name === 'ESP_ERR_NO_MEM' ? 'ESP_ERR_NO_MEM means the heap could not supply the memory the call needed.' : `${c.name} names the reason; esp_err_to_name() and the component's documentation describe it.`}`,
  causes: (c) => [c.name === 'ESP_ERR_INVALID_STATE' ? 'A driver initialised twice, or used before its init (or after its deinit)' : 'The call rejected its arguments or configuration', 'Calls made in the wrong order (Wi-Fi started before esp_netif_init / the default event loop)', 'A resource already used by another component (a timer, a pin, an I2C port)'],
  fixes: (c) => [
    fix(`Handle the error of ${c.expr ?? 'the call'}${c.func ? ` in ${c.func}` : ''}`, [`${c.name ? `${c.name}: ` : ''}check the call order against the component's example (init before start, one init per driver); where the error can legitimately happen (already initialised), test the return value instead of wrapping the call in ESP_ERROR_CHECK.`], 'esp_err_t err = esp_event_loop_create_default();\nif (err != ESP_OK && err != ESP_ERR_INVALID_STATE) {\n    ESP_ERROR_CHECK(err);\n}'),
  ],
  references: [ref('ESP-IDF: Error handling', 'https://docs.espressif.com/projects/esp-idf/en/latest/esp32/api-guides/error-handling.html'), ESP_FATAL],
  samples: ['ESP_ERROR_CHECK_WITHOUT_ABORT failed: esp_err_t 0x103 (ESP_ERR_INVALID_STATE) at 0x400902bb\n\nfile: "IDF/components/bt/host/nimble/nimble/porting/npl/freertos/src/npl_os_freertos.c" line 371\nfunc: npl_freertos_callout_deinit\nexpression: esp_timer_stop(co->handle)'],
};

const espAssert: ErrorPattern = {
  id: 'cpp.esp32-assert-failed',
  language: 'cpp',
  // ESP-IDF's assert before the abort: "assert failed: xQueueSemaphoreTake queue.c:1549 (pxQueue->uxItemSize == 0)" (4.4+),
  // "/…/components/freertos/./queue.c:1441 (xQueueGenericReceive)- assert failed!" (older), or only newlib's __assert_func in a decoded backtrace.
  match: /\bassert failed: (?<func>[\w:~]{1,120}) (?<file>[^\s:]{1,300}):(?<line>\d{1,6}) \((?<expr>[^\n]{1,300})\)|(?<file2>[^\s:]{1,300}):(?<line2>\d{1,6}) \((?<func2>[\w:~]{1,120})\)- assert failed!|\b0x[0-9a-fA-F]{8}: __assert_func at [^\n]{1,300}\n(?:[^\n]{0,400}\n)?0x[0-9a-fA-F]{8}: (?<func3>[\w:~]{1,120})/,
  requires: /assert failed|__assert_func at/,
  errorType: 'assertion failed',
  category: 'runtime',
  priority: 9,
  summary: (c) => `An assertion failed in ${c.func ?? c.func2 ?? c.func3 ?? 'ESP-IDF'}${c.expr ? ` (${c.expr})` : ''} and the ESP32 aborted.`,
  explanation: (c) =>
    `ESP-IDF (or FreeRTOS's configASSERT inside it) checked a condition${c.expr ? ` (${c.expr})` : ''} in ${c.func ?? c.func2 ?? c.func3 ?? 'one of its functions'}, found it false and called abort(), so the chip rebooted. An assert inside FreeRTOS's queue functions (xQueueSemaphoreTake, xQueueGenericReceive…) almost always means the handle passed was invalid: a semaphore or queue used before it was created (still NULL), already deleted, or overwritten by a buffer overflow; or a blocking call made from an interrupt.`,
  causes: ['A semaphore, mutex or queue used before xSemaphoreCreate…/xQueueCreate ran (a NULL handle), or after it was deleted', 'Memory corruption overwriting the handle (a buffer overflow, a task stack overflow)', 'A blocking FreeRTOS call from an ISR or a callback that runs in one (use the …FromISR variants)'],
  fixes: (c) => [
    fix(`Check what ${c.func ?? c.func2 ?? c.func3 ?? 'the asserting function'} was given`, [`Decode the backtrace${c.file ?? c.file2 ? ` (the assert is in ${c.file ?? c.file2})` : ''}: the first frame of your own code below the assert shows the call; make sure the handle it passes was created before (create it in setup()/app_main before starting the tasks or callbacks that use it).`], 'SemaphoreHandle_t lock = xSemaphoreCreateMutex();   // before any task or callback uses it\nconfigASSERT(lock != NULL);'),
  ],
  references: [ESP_FATAL, ref('FreeRTOS: configASSERT', 'https://www.freertos.org/a00110.html#configASSERT')],
  samples: ['assert failed: xQueueSemaphoreTake queue.c:1549 (pxQueue->uxItemSize == 0)\n\nBacktrace: 0x40081d2a:0x3ffb5a60 0x4008a0f1:0x3ffb5a80', '/Users/ficeto/Desktop/ESP32/ESP32/esp-idf-public/components/freertos/./queue.c:1441 (xQueueGenericReceive)- assert failed!\nabort() was called at PC 0x40084701 on core 1'],
};

const newlibAssert: ErrorPattern = {
  id: 'c.newlib-assert',
  language: 'c',
  // newlib's assert() (embedded toolchains, ESP-IDF before 4.4, Cygwin): 'assertion "expr" failed: file "x.c", line 1445, function: f'.
  match: /\bassertion "(?<expr>[^"\n]{1,300})" failed: file "(?<file>[^"\n]{1,300})", line (?<line>\d{1,7})(?:, function: (?<func>[^\n]{1,200}))?/,
  requires: /assertion "/,
  errorType: 'assertion failed',
  category: 'runtime',
  priority: 12,
  summary: (c) => `The assertion ${c.expr} failed${c.func ? ` in ${c.func}` : ''} (${c.file}:${c.line}).`,
  explanation: (c) => `assert(${c.expr}) evaluated to false at ${c.file}:${c.line}, so the C library (newlib's assert, as embedded toolchains and Cygwin print it) reported it and called abort(). The assertion encodes an assumption of that code; something earlier produced a state that violates it.`,
  causes: ['Invalid input or state reaching the function', 'A handle or pointer used before it was initialised, or after it was freed', 'Memory corruption earlier in the program'],
  fixes: (c) => [fix(`Find why ${c.expr} is false${c.func ? ` in ${c.func}` : ''}`, [`Get the backtrace at the abort (a debugger, or the board's decoded backtrace) and look at the caller of ${c.func ? `${c.func} (${c.file})` : c.file}: which argument or state breaks the assertion.`])],
  references: [ref('newlib: assert', 'https://sourceware.org/newlib/libc.html#assert')],
  samples: ['assertion "pxQueue->uxItemSize == 0" failed: file "../esp-idf/components/freertos/queue.c", line 1445, function: xQueueSemaphoreTake'],
};

/** Zephyr's fatal error reasons (K_ERR_*) as its handler prints them, when no fault banner says more. */
const zephyrFault = (c: Captures): string => (c.banner ? c.banner.trim() : (c.reason ?? 'CPU exception').replace(/ on CPU \d+$/, ''));

const zephyrFatal: ErrorPattern = {
  id: 'c.zephyr-fatal-error',
  language: 'c',
  // Zephyr's fatal error handler: "***** USAGE FAULT *****" (the CPU's fault, on Cortex-M/R) then ">>> ZEPHYR FATAL ERROR 0: CPU exception on CPU 0".
  match: /(?:\*{5} (?<banner>(?:USAGE|BUS|MPU|HARD|MEMORY MANAGEMENT|SECURE) FAULT|DATA ABORT|PREFETCH ABORT|Kernel OOPS!|Kernel Panic!|Stack Check Fail!) \*{5}[\s\S]{0,3000}?)?>>> ZEPHYR FATAL ERROR (?<code>\d{1,3}): (?<reason>[^\n␛\x1b]{1,80}?)(?:[␛\x1b](?:\[[0-9;]{0,8}m)?)?\s*(?:\n|$)/,
  requires: />>> ZEPHYR FATAL ERROR/,
  errorType: zephyrFault,
  category: 'memory',
  priority: 8,
  summary: (c) => `Zephyr stopped on a fatal error${c.banner ? ` (${c.banner.trim()})` : ''}: ${c.reason}.`,
  explanation: (c) =>
    `Zephyr's fatal error handler ran: reason ${c.code} (${c.reason}). ${c.banner ? `The CPU reported a ${c.banner.trim()} first: ` : ''}${/FAULT|ABORT|CPU exception/.test(`${c.banner ?? ''}${c.reason ?? ''}`) ? 'the code touched memory it may not (a NULL, dangling or misaligned pointer, an MPU-protected region, a thread stack overflow) or executed an invalid instruction. "Faulting instruction address (r15/pc)" is where it happened.' : 'a thread called k_panic()/k_oops(), failed an assertion or overflowed its stack.'} The current thread line names the thread that was running.`,
  causes: ['A NULL or dangling pointer dereferenced', 'A thread stack too small (CONFIG_MAIN_STACK_SIZE, the stack given to K_THREAD_DEFINE)', 'A call through a corrupted function pointer', 'An access to a peripheral whose clock or power is off'],
  fixes: [
    fix('Find the faulting instruction', ['Look up the faulting PC in the build\'s zephyr.elf with addr2line; enable CONFIG_THREAD_STACK_INFO / CONFIG_STACK_SENTINEL or the MPU stack guard to tell a stack overflow from a bad pointer.'], 'arm-zephyr-eabi-addr2line -e build/zephyr/zephyr.elf 0x0000a506'),
  ],
  references: [ref('Zephyr: Fatal errors', 'https://docs.zephyrproject.org/latest/kernel/services/other/fatal.html')],
  samples: ['E: ***** USAGE FAULT *****\nE:   Illegal use of the EPSR\nE: Faulting instruction address (r15/pc): 0x20000c3c\nE: >>> ZEPHYR FATAL ERROR 0: CPU exception on CPU 0\nE: Current thread: (nil) (unknown)'],
};

// ---------------------------------------------------------------- Arduino IDE

const sketchTooBig: ErrorPattern = {
  id: 'cpp.arduino-sketch-too-big',
  language: 'cpp',
  // arduino-cli's size check after the link: "Sketch too big; see https://support.arduino.cc/… for tips on reducing it."
  // and "text section exceeds available space in board" (French IDE: "Croquis trop gros").
  match: /\b(?:Sketch too big|Croquis trop gros|Sketch zu groß)|\btext section exceeds available space in board\b/,
  requires: /Sketch too big|Croquis trop gros|Sketch zu groß|text section exceeds available space/,
  errorType: 'Sketch too big',
  category: 'build',
  priority: 8,
  summary: 'The compiled sketch does not fit in the flash space the selected board and partition scheme give the program.',
  explanation:
    'After linking, the Arduino IDE compares the program\'s size ("Sketch uses … bytes (110%) of program storage space. Maximum is …") with what the board definition allows. On an ESP32 that maximum is the app partition of the selected Partition Scheme (1.2 MB with the default one on 4 MB flash), not the whole flash; on AVR boards it is the flash minus the bootloader.',
  causes: ['The default partition scheme leaving 1.2 MB for the app on an ESP32 (a bigger one exists: Huge APP, or no OTA)', 'The wrong board or flash size selected (4 MB instead of 16 MB)', 'Large libraries, fonts or images compiled into the program'],
  fixes: [
    fix('Give the program more room, or make it smaller', ['ESP32: Tools > Partition Scheme > "Huge APP (3MB No OTA/1MB SPIFFS)" (or set board_build.partitions = huge_app.csv in PlatformIO), and check Tools > Flash Size matches the module.', 'Otherwise remove unused libraries and features, or move images and fonts to the file system.'], '; platformio.ini\nboard_build.partitions = huge_app.csv'),
  ],
  references: [ref('Arduino: Sketch too big error', 'https://support.arduino.cc/hc/en-us/articles/360013825179')],
  samples: ['Sketch uses 1755709 bytes (133%) of program storage space. Maximum is 1310720 bytes.\nSketch too big; see https://support.arduino.cc/hc/en-us/articles/360013825179 for tips on reducing it.\ntext section exceeds available space in board\n\nCompilation error: text section exceeds available space in board'],
};

// ---------------------------------------------------------------- Linux kernel, Zephyr

const modpostUndefined: ErrorPattern = {
  id: 'c.modpost-undefined',
  language: 'c',
  // kbuild's modpost after linking a module: 'ERROR: modpost: "irq_to_desc" [/home/ab/mcp2210.ko] undefined!' (the kernel's undefined reference).
  match: /\bERROR: modpost: "(?<symbol>[^"\n]{1,200})" \[(?<module>[^\]\n]{1,400}?\.ko)\] undefined!/,
  requires: /modpost: "/,
  errorType: 'undefined reference',
  category: 'build',
  priority: 10,
  summary: (c) => `The module ${c.module?.split('/').pop()} uses ${c.symbol}, which the kernel it is built against does not export.`,
  explanation: (c) =>
    `modpost checks every symbol a module uses against the symbols the kernel and the other modules export (Module.symvers). ${c.symbol} is not among them: the running kernel has no such function any more (renamed or removed in a newer kernel: the driver is older than the kernel), it is not exported to modules (or only to GPL modules and the module's licence is not GPL), the kernel was built without the option that provides it, or Module.symvers is missing from the headers the module is built against.`,
  causes: (c) => [`A driver written for another kernel version (${c.symbol} renamed, removed or no longer exported)`, 'A symbol exported only to GPL modules (EXPORT_SYMBOL_GPL) used by a module without MODULE_LICENSE("GPL")', 'Kernel headers without Module.symvers, or a kernel built without the option that provides the symbol', "A symbol of another out-of-tree module without KBUILD_EXTRA_SYMBOLS pointing at that module's Module.symvers"],
  fixes: (c) => [
    fix('Build a driver version made for this kernel', [`Update the driver that builds ${c.module?.split('/').pop()} to a release that supports this kernel (or apply its patch for it); check in the kernel's source where ${c.symbol} went.`, 'Make sure the kernel headers match the running kernel (uname -r) and contain Module.symvers.'], `uname -r\ngrep -w ${c.symbol} /lib/modules/$(uname -r)/build/Module.symvers\nsudo apt install linux-headers-$(uname -r)`),
  ],
  references: [ref('Linux kernel: Building External Modules (Module.symvers)', 'https://docs.kernel.org/kbuild/modules.html')],
  samples: ['  MODPOST /home/ab/USB-SPI/mcp2210-linux-master/Module.symvers\nERROR: modpost: "irq_to_desc" [/home/ab/USB-SPI/mcp2210-linux-master/mcp2210.ko] undefined!\nmake[2]: *** [scripts/Makefile.modpost:111: /home/ab/USB-SPI/mcp2210-linux-master/Module.symvers] Error 1'],
};

/** Decoding an Oops' faulting function into a source line (named when the Oops gave it). */
const decodeOops = (c: Captures): Fix =>
  fix(
    c.func ? `Find the line of ${c.func}` : 'Decode the call trace',
    ["With the kernel's (or the module's) debug symbols, scripts/decode_stacktrace.sh turns the function+offset of RIP/PC and of the Call Trace into source lines."],
    c.func ? `./scripts/decode_stacktrace.sh vmlinux < oops.txt\ngdb ${c.module ? `${c.module}.ko` : 'vmlinux'} -ex 'list *(${c.func}+0x0)'` : './scripts/decode_stacktrace.sh vmlinux < oops.txt',
  );

const kernelGpf: ErrorPattern = {
  id: 'c.kernel-general-protection-fault',
  language: 'c',
  // The kernel's Oops on x86 for an invalid (non-canonical) address: "general protection fault: 0000 [#1] SMP PTI" (5.7+: "general
  // protection fault, probably for non-canonical address 0x…: 0000 [#1]"), then "RIP: 0010:func+0x8/0x20 [module]"; and its
  // one-line report of a user program's fault ("traps: check[3654] general protection fault ip:8049007 sp:…").
  match: /\bgeneral protection fault(?:, (?:probably|maybe) for (?:non-canonical )?address (?<address>0x[0-9a-f]{1,16}))?: [0-9a-f]{4} \[#\d{1,4}\](?:[\s\S]{0,1500}?\bRIP: [0-9a-f]{4}:(?:\[<[0-9a-f]{1,16}>\]\s{1,4}\[<[0-9a-f]{1,16}>\] )?(?<func>[A-Za-z_][\w.]{0,120})\+0x[0-9a-f]{1,8}\/0x[0-9a-f]{1,8}(?: \[(?<module>[\w-]{1,60})\])?)?|\btraps: (?<program>[^\s[\]]{1,100})\[\d{1,9}\] general protection fault ip:/,
  requires: /general protection fault/,
  errorType: 'general protection fault',
  category: 'memory',
  priority: 10,
  summary: (c) => (c.program ? `The kernel stopped the program ${c.program} on a general protection fault (an invalid memory access or instruction).` : `Kernel Oops: code in the kernel${c.module ? ` (module ${c.module})` : ''} hit a general protection fault${c.func ? ` in ${c.func}` : ''}.`),
  explanation: (c) =>
    c.program
      ? `The CPU raised a general protection fault in ${c.program}: a pointer that is not a valid address (a corrupted or uninitialised one), or an instruction the program may not execute. The kernel logs it and kills the program with SIGSEGV, as for a segmentation fault.`
      : `On x86 the CPU raises a general protection fault when the kernel uses an address that cannot be valid (non-canonical: ${c.address ? `${c.address}, ` : ''}typically a pointer overwritten with other data or a freed object's poison value) or a privileged operation fails. The kernel prints an Oops with the registers and the call trace and kills the running task; with panic_on_oops the system stops. ${c.module ? `The faulting function is in the module ${c.module}: a bug in that driver or one built for another kernel version.` : 'The function after RIP and the Call Trace name the subsystem or driver.'}`,
  causes: (c) => (c.program ? ['A corrupted or uninitialised pointer in the program', 'A program built for another CPU or with instructions the CPU does not allow'] : [c.module ? `A bug in the module ${c.module} (often out-of-tree, marked (O)/(OE) in "Modules linked in")` : 'A bug in a driver or kernel subsystem', 'Use after free: a freed object\'s poisoned pointer followed', 'Faulty RAM (random faults in unrelated places)']),
  fixes: (c) => [
    c.program
      ? fix(`Debug ${c.program} as a segmentation fault`, ['Run it under gdb or with -fsanitize=address to find the bad pointer.'], `gdb --args ${c.program}\n(gdb) run\n(gdb) bt`)
      : fix(c.module ? `Update or remove ${c.module}` : 'Update the kernel and report the Oops', [c.module ? `Update ${c.module} to a build for this kernel, or unload it and check the fault goes away; report the full Oops to its authors.` : 'Update to the latest kernel of the series and report the full Oops (from the first line to "end trace"); run memtest if faults appear in unrelated places.'], c.module ? `modinfo ${c.module}\nsudo modprobe -r ${c.module}` : "dmesg | grep -A40 'general protection fault'"),
    ...(c.program ? [] : [decodeOops(c)]),
  ],
  references: [KERNEL_BUGS],
  samples: ['[   13.079767] general protection fault: 0000 [#1] SMP PTI\n[   13.079870] CPU: 6 PID: 573 Comm: systemd-udevd Not tainted 5.1.0+ #7\n[   13.080087] RIP: 0010:strcmp+0x8/0x20'],
};

/** The faulting function of an Oops: "RIP: 0010:func+0x35/0xd0 [module]" (x86), "PC is at func+0x18/0xec" (ARM). */
const OOPS_FUNC = String.raw`(?:[\s\S]{0,1500}?\b(?:RIP: [0-9a-f]{4}:(?:\[<[0-9a-f]{1,16}>\]\s{1,4}\[<[0-9a-f]{1,16}>\] )?|PC is at |pc : \[<[0-9a-f]{1,16}>\] )(?<func>[A-Za-z_][\w.]{0,120})\+0x[0-9a-f]{1,8}\/0x[0-9a-f]{1,8}(?: \[(?<module>[\w-]{1,60})\])?)?`;

const kernelPageFault: ErrorPattern = {
  id: 'c.kernel-page-fault',
  language: 'c',
  // The kernel's Oops on an unmapped address that is not NULL: "BUG: unable to handle page fault for address: ffff8a08a90ab128"
  // (x86 since 4.20), "BUG: unable to handle kernel paging request at ffffe0f000020000" (x86 before), "Unable to handle kernel paging
  // request at virtual address ffffffff" (ARM, RISC-V).
  match: new RegExp(String.raw`(?:\bunable to handle page fault for address:? ?(?<address>(?:0x)?[0-9a-f]{1,16})|\b(?:BUG: unable|Unable) to handle kernel paging request at (?:virtual address )?(?<address2>(?:0x)?[0-9a-f]{1,16}))` + OOPS_FUNC),
  requires: /to handle page fault for address|to handle kernel paging request/,
  errorType: (c) => (c.address ? 'unable to handle page fault' : 'unable to handle kernel paging request'),
  category: 'memory',
  priority: 10,
  summary: (c) => `Kernel Oops: code in the kernel${c.module ? ` (module ${c.module})` : ''} accessed the unmapped address ${c.address ?? c.address2}${c.func ? ` in ${c.func}` : ''}.`,
  explanation: (c) =>
    `The kernel itself read or wrote an address with no page mapped (${c.address ?? c.address2}): a pointer to freed or never allocated memory, a corrupted pointer, or an index past a kernel buffer. The kernel prints an Oops with the registers and the call trace, kills the task that was running and marks itself tainted; in an interrupt, or with panic_on_oops, the whole system stops. ${c.module ? `The faulting function is in the module ${c.module}: a bug in that driver, or one built for another kernel version.` : 'The function after RIP/PC and the Call Trace name the driver or subsystem.'}`,
  causes: (c) => [c.module ? `A bug in the module ${c.module} (often out-of-tree, marked (O)/(OE) in the taint flags)` : 'A bug in a driver or kernel subsystem', 'Use after free or a corrupted pointer in the kernel', 'A module built for another kernel version', 'Faulty RAM (random faults in unrelated places)'],
  fixes: (c) => [
    fix(c.module ? `Update or remove ${c.module}` : 'Update the kernel and report the Oops', [c.module ? `Update ${c.module} to a version built for this kernel (or unload it and check the fault goes away), then report the full Oops to its authors.` : 'Update to the latest kernel of the series and report the full Oops (from the BUG line to "end trace") to the subsystem it names.'], c.module ? `modinfo ${c.module}\nsudo modprobe -r ${c.module}` : "uname -r\ndmesg | grep -B5 -A40 'Oops'"),
    decodeOops(c),
  ],
  references: [KERNEL_BUGS],
  samples: ['[   76.455151] BUG: unable to handle page fault for address: 00000001003e000b\n[   76.455155] #PF: supervisor read access in kernel mode\n[   76.455158] Oops: 0000 [#1] PREEMPT SMP NOPTI\n[   76.455160] RIP: 0010:bch2_clear_page_bits+0x35/0xd0 [bcachefs]', 'Unable to handle kernel paging request at virtual address ffffffff\nInternal error: Oops: 1 [#1] ARM\nPC is at drain_array+0x18/0xec'],
};

const kernelPanic: ErrorPattern = {
  id: 'c.kernel-panic',
  language: 'c',
  // "Kernel panic - not syncing: Attempted to kill init! exitcode=0x0000000b", "… VFS: Unable to mount root fs on unknown-block(0,0)":
  // the panic's reason, when no Oops above it says more.
  match: /\bKernel panic - not syncing: ?(?<reason>Attempted to kill init!?|VFS: Unable to mount root fs|[^\n]{1,120})(?: exitcode=(?<exitcode>0x[0-9a-f]{1,8}))?/,
  requires: /Kernel panic - not syncing/,
  errorType: (c) => (/^Attempted to kill init/.test(c.reason ?? '') ? 'Attempted to kill init' : /^VFS: Unable to mount root fs/.test(c.reason ?? '') ? 'Unable to mount root fs' : 'Kernel panic'),
  category: 'runtime',
  priority: 6,
  summary: (c) => (/^Attempted to kill init/.test(c.reason ?? '') ? `The kernel panicked because init (PID 1) exited${c.exitcode ? ` (exit code ${c.exitcode})` : ''}.` : `The kernel panicked: ${c.reason}.`),
  explanation: (c) =>
    /^Attempted to kill init/.test(c.reason ?? '')
      ? `The first user-space program (init: systemd, busybox's init, the initramfs's script, or what init= names) exited or was killed, and the kernel cannot continue without it. ${c.exitcode === '0x0000000b' ? 'exitcode 0x0000000b is signal 11: init crashed with a segmentation fault (a binary for another CPU or libc, a corrupted root file system).' : c.exitcode === '0x00000100' ? 'exitcode 0x00000100 is exit status 1: init exited with an error (a missing root device, a failed mount, a broken initramfs).' : c.exitcode === '0x00000000' ? 'exitcode 0 means init simply finished: a script or a shell given as init= that ran to its end.' : 'The exitcode encodes how it ended (status << 8, or the signal number).'} The lines before the panic show what init printed.`
      : 'The kernel hit a condition it cannot recover from and stopped. The reason after "not syncing:" and the lines before it (an Oops, a failed mount of the root file system) say which.',
  causes: (c) => (/^Attempted to kill init/.test(c.reason ?? '') ? ['The root file system corrupted, or init missing from it (an SD card cut off during a write)', 'An init binary or libc built for another architecture', 'An initramfs without the drivers or files needed to mount the root device', 'A custom init= program that exits'] : ['A driver or hardware fault (an Oops in interrupt context: "Fatal exception in interrupt")', 'The root file system not found (a missing driver, a wrong root= parameter)', 'Out of memory with nothing left to kill']),
  fixes: [
    fix('Read what happened just before the panic', ['Boot with a serial console or netconsole (or read pstore / dmesg-ramoops after the reboot) to see init\'s last messages; check the root= and init= parameters, run fsck on the root file system from another system, or rebuild the initramfs with the drivers the root device needs.'], 'sudo fsck -f /dev/sdX2\nsudo update-initramfs -u -k all'),
  ],
  references: [KERNEL_BUGS, ref('Linux kernel: The kernel\'s command-line parameters (root=, init=)', 'https://docs.kernel.org/admin-guide/kernel-parameters.html')],
  samples: ['[    2.736699] Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000000\n[    2.745841] CPU: 0 PID: 1 Comm: sh Not tainted 3.18.11 #15'],
};

const zephyrDevicetree: ErrorPattern = {
  id: 'c.zephyr-devicetree-error',
  language: 'c',
  // Zephyr's devicetree scripts (edtlib) during `west build`: "devicetree error: Label 'x' appears on /soc/a and on /soc/b",
  // followed by CMake's error from dts.cmake. A long "-- Found devicetree overlay: …/app.overlay" line above may arrive
  // joined to it (taken for a wrapped path).
  match: /(?:(?:^|\n)[ \t]{0,12}|(?<=\.overlay|\.dts))devicetree error: (?<message>[^\n]{1,300})/,
  requires: /devicetree error: /,
  errorType: 'devicetree error',
  category: 'configuration',
  priority: 5,
  summary: (c) => `Zephyr's devicetree check failed: ${c.message}`,
  explanation:
    "While `west build` configures the application, Zephyr merges the board's .dts with the overlays (the application's app.overlay, boards/<board>.overlay, a shield's) and checks the result against the bindings. The message names what is wrong: a label defined twice, a node missing a property its binding requires (#…-cells, reg), a phandle to a node that does not exist, or a syntax error in an overlay; CMake's error from dts.cmake below it only reports that this step failed.",
  causes: ['An overlay that defines a label or node the board already has', 'A node missing a property its binding requires', 'An overlay written for another board or Zephyr version (nodes renamed)'],
  fixes: [
    fix('Fix the overlay the message points at', ['Open the overlay named in the message (or the line it gives), compare with the board\'s .dts (build/zephyr/zephyr.dts shows the merged tree) and the binding of the node; rebuild with -p to start from a clean build directory.'], 'west build -p always -b <board> <app>\nless build/zephyr/zephyr.dts'),
  ],
  references: [ref('Zephyr: Devicetree HOWTOs', 'https://docs.zephyrproject.org/latest/build/dts/howtos.html'), ref('Zephyr: Troubleshooting devicetree', 'https://docs.zephyrproject.org/latest/build/dts/troubleshooting.html')],
  samples: ["-- Found devicetree overlay: /home/dev/zephyrproject/app/app.overlay\ndevicetree error: Label 'zephyr_udc0' appears on /soc/usb@40040000 and on /soc/usb@50000000\nCMake Error at /home/dev/zephyrproject/zephyr/cmake/modules/dts.cmake:303 (execute_process):\n  execute_process failed command indexes:"],
};

export const NATIVE_CATALOG7_PATTERNS: readonly ErrorPattern[] = [
  lsanSummary,
  cppTwin(lsanSummary, ['Indirect leak of 24 byte(s) in 1 object(s) allocated from:\n    #0 0x7f1 in operator new(unsigned long) (/lib64/libasan.so.6+0xb4f7)\n    #1 0x55a in Parser::parse() src/parser.cpp:42']),
  valgrindLeak,
  cppTwin(valgrindLeak, ['==17== 64 bytes in 1 blocks are possibly lost in loss record 3 of 9\n==17==    at 0x4C2E0EF: operator new(unsigned long) (vg_replace_malloc.c:334)\n==17==    by 0x400B2C: Cache::add() (cache.cpp:21)']),
  crashRecordSignal,
  cppTwin(crashRecordSignal, ['[host:14237] Signal: Aborted (6)\n[host:14237] [ 6] /usr/lib/x86_64-linux-gnu/libstdc++.so.6(_Znwm+0x18)[0x7f1f0f96fe78]']),
  stackSmashingEscaped,
  cppTwin(stackSmashingEscaped, ['**\\* stack smashing detected ***: ./server terminated\n#4 0x08 in Session::read(char*) at src/session.cpp:31']),
  tcmallocInvalidFree,
  cppTwin(tcmallocInvalidFree, ['src/tcmalloc.cc:278] Attempt to free invalid pointer 0x2183da8 Aborted (core dumped)']),
  espTaskWatchdog,
  espStackOverflow,
  espErrorCheck,
  espAssert,
  newlibAssert,
  cppTwin(newlibAssert, ['assertion "idx < size()" failed: file "src/Buffer.cpp", line 42, function: T& Buffer::at(size_t)']),
  esp8266Exception,
  sketchTooBig,
  modpostUndefined,
  kernelGpf,
  kernelPageFault,
  kernelPanic,
  zephyrDevicetree,
  zephyrFatal,
];

import type { ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';
import { cppTwin } from './native.patterns';

/*
 * C / C++ thirteenth pass: embedded and cross builds as their tools print them, where the engine answered unknown or
 * another ecosystem's error. The uploaders the Arduino IDE, arduino-cli and PlatformIO run after a good compile
 * (avrdude's stk500 "programmer is not responding" / "not in sync", esptool's "A fatal error occurred: Failed to
 * connect to ESP32 …", the IDE's own "Failed uploading: uploading error: exit status 1"), arduino-cli's missing
 * platform, the IDE's "Multiple libraries were found for", PlatformIO's UnknownBoard and UnknownPackageError (also
 * pasted from PIO Home's "PIO Core Call Error"), ndk-build's "depends on undefined modules", Emscripten's missing
 * library and its JavaScript compiler's undefined symbols, wasm-ld's unexported symbol, newlib's "_close is not
 * implemented and will always fail", ESP-IDF's "Failed to resolve component" without CMake's header, and west's
 * "FATAL ERROR: command exited with status 1" alone (Zephyr's devicetree error joined to a long line above it is
 * native-catalog7's pattern, widened).
 *
 * Conventions of native.patterns.ts: the type is the tool's phrase without the names around it (the library, board,
 * port, module), or the class PlatformIO raises; an Arduino or PlatformIO project is C++'s (a sketch is C++), a
 * toolchain's or the NDK's messages are C's unless the text shows C++ (cppTwin).
 */

const AVRDUDE = ref('AVRDUDE documentation', 'https://avrdudes.github.io/avrdude/');
const ARDUINO_UPLOAD = ref('Arduino Help Center: Errors when uploading a sketch', 'https://support.arduino.cc/hc/en-us/articles/4403365313810-If-your-sketch-doesn-t-upload');
const ESPTOOL = ref('esptool: Troubleshooting', 'https://docs.espressif.com/projects/esptool/en/latest/esp32/troubleshooting.html');
const ARDUINO_CLI = ref('Arduino CLI: getting started (installing platforms)', 'https://arduino.github.io/arduino-cli/latest/getting-started/');
const PIO_LIB_DEPS = ref('PlatformIO: lib_deps and package specifications', 'https://docs.platformio.org/en/latest/core/userguide/pkg/cmd_install.html#package-specifications');
const PIO_BOARDS = ref('PlatformIO: Boards', 'https://docs.platformio.org/en/latest/boards/index.html');
const NDK_BUILD = ref('Android NDK: Android.mk', 'https://developer.android.com/ndk/guides/android_mk');
const EMCC = ref('Emscripten: Building projects (linking libraries)', 'https://emscripten.org/docs/compiling/Building-Projects.html');
const EMCC_SETTINGS = ref('Emscripten: settings (ERROR_ON_UNDEFINED_SYMBOLS, EXPORTED_FUNCTIONS)', 'https://emscripten.org/docs/tools_reference/settings_reference.html');
const NEWLIB_SYSCALLS = ref('newlib: System calls (the OS stubs a program supplies)', 'https://sourceware.org/newlib/libc.html#Syscalls');
const IDF_COMPONENTS = ref('ESP-IDF: Build system (component requirements)', 'https://docs.espressif.com/projects/esp-idf/en/latest/esp32/api-guides/build-system.html#component-requirements');
const WEST_BUILD = ref('Zephyr: Building, flashing and debugging (west build)', 'https://docs.zephyrproject.org/latest/develop/west/build-flash-debug.html');

// ---------------------------------------------------------------- uploaders (the compile succeeded)

const avrdudeNoSync: ErrorPattern = {
  id: 'cpp.avrdude-not-responding',
  language: 'cpp',
  // avrdude talking to an Arduino's bootloader over serial: "avrdude: stk500_recv(): programmer is not responding",
  // "avrdude: stk500_getsync() attempt 10 of 10: not in sync: resp=0x00" (also stk500v2's and butterfly's), or the
  // serial port itself: "avrdude: ser_open(): can't open device "COM3": …". The Mega's stk500v2 bootloader times out:
  // "avrdude: stk500v2_ReceiveMessage(): timeout" … "stk500v2_getsync(): timeout communicating with programmer".
  match: /\bavrdude(?:\.exe)?: (?<fn>[a-z0-9_]{1,40})\(\)(?: attempt \d{1,3} of \d{1,3})?: (?:(?<phrase>programmer is not responding|not in sync)|(?<v2>timeout communicating with programmer|timeout)|(?<open>can't open device) "(?<port>[^"\n]{1,120})")/,
  requires: /avrdude/,
  errorType: (c) => c.phrase ?? c.open ?? (c.v2 ? 'timeout communicating with programmer' : 'programmer is not responding'),
  category: 'runtime',
  priority: 20,
  summary: (c) =>
    c.open
      ? `The upload never started: avrdude could not open the serial port ${c.port}.`
      : 'The sketch compiled, but avrdude got no answer from the board\'s bootloader, so the upload failed.',
  explanation: (c) =>
    c.open
      ? 'avrdude opens the port the IDE (or upload_port) names to talk to the bootloader. The port does not exist (the board is unplugged, enumerated under another name, or its USB-serial driver is missing) or another program (a serial monitor, 3D printer host, Cura) holds it.'
      : `This is an upload error, not a compile error. avrdude resets the board and speaks the STK500 protocol to its bootloader (${c.fn}() is the step that failed); it waited for the bootloader's reply and got none, or garbage. The usual reasons: the wrong board or processor selected (a Nano clone with the "Old Bootloader"), the wrong port, something wired to pins 0/1 (RX/TX), a charge-only USB cable, or a board without a bootloader.`,
  causes: (c) =>
    c.open
      ? ['The board unplugged or on another port', 'The USB-serial driver (CH340, CP210x) not installed', 'A serial monitor or another program holding the port']
      : ['The wrong board, processor or bootloader selected (Nano: "ATmega328P (Old Bootloader)")', 'The wrong port selected', 'Something connected to pins 0 and 1 (RX/TX) during upload', 'A charge-only USB cable or a clone\'s USB-serial chip without its driver', 'No bootloader on the chip (burn it with an ISP programmer)'],
  fixes: (c) => [
    c.open
      ? fix(`Select the port the board is really on (not ${c.port})`, ['Plug the board in, pick it under Tools > Port (PlatformIO: upload_port), install the CH340/CP210x driver if no port appears, and close any serial monitor before uploading.'], null)
      : fix('Check board, processor and port, then upload again', ['Tools > Board and Tools > Processor must match the chip (try "ATmega328P (Old Bootloader)" for Nano clones); Tools > Port must be the board; disconnect anything on pins 0/1; try another USB cable.', 'Press reset right when "Uploading…" appears if auto-reset does not work.'], 'arduino-cli upload -p /dev/ttyUSB0 --fqbn arduino:avr:nano:cpu=atmega328old sketch'),
  ],
  references: [AVRDUDE, ARDUINO_UPLOAD],
  samples: [
    'avrdude: stk500_recv(): programmer is not responding\navrdude: stk500_getsync() attempt 1 of 10: not in sync: resp=0x00',
    'avrdude: stk500_getsync() attempt 10 of 10: not in sync: resp=0x2e\nProblem uploading to board.',
    'avrdude: ser_open(): can\'t open device "/dev/ttyUSB0": No such file or directory',
  ],
};

const esptoolFatal: ErrorPattern = {
  id: 'cpp.esptool-fatal-error',
  language: 'cpp',
  // esptool.py flashing an ESP32/ESP8266 (Arduino IDE, PlatformIO, idf.py flash): "A fatal error occurred: Failed to
  // connect to ESP32: Timed out waiting for packet header", the bare "Timed out waiting for packet header", and a port
  // that is not there: "Could not open /dev/ttyUSB0, the port doesn't exist" (newer: "is busy or doesn't exist").
  match: /\b(?:A fatal error occurred|failed to connect): (?:Failed to connect to (?<chip>[^:\n]{1,60}): (?<reason>[^\n]{1,200})|(?<bare>Timed out waiting for packet header))|\bCould not open (?<port>[^,\n]{1,120}), the port (?:is busy or )?doesn't exist/,
  requires: /A fatal error occurred: |failed to connect: |Could not open [^,\n]{1,120}, the port/,
  errorType: (c) => (c.port ? "port doesn't exist" : c.bare ? 'Timed out waiting for packet header' : 'Failed to connect'),
  category: 'runtime',
  priority: 20,
  summary: (c) =>
    c.port
      ? `esptool could not open the serial port ${c.port}: it does not exist (or another program holds it).`
      : c.chip
        ? `The firmware built, but esptool could not get the ${c.chip} into its serial bootloader: ${c.reason}`
        : 'The firmware built, but esptool got no answer from the chip\'s serial bootloader.',
  explanation: (c) =>
    c.port
      ? 'This is an upload error: esptool opens the port it was given (Tools > Port, upload_port, idf.py -p) and the system has no such device, or a serial monitor or another program has it open. On Linux the user may also lack access to /dev/ttyUSB* (the dialout or uucp group).'
      : 'This is an upload error, not a compile error. esptool resets the chip into its ROM bootloader (GPIO0 low during reset) and waits for the SYNC reply. "Timed out waiting for packet header" means nothing answered: the board did not enter download mode (a missing or slow auto-reset circuit), the wrong port was chosen, the USB cable carries no data, or something on GPIO0/GPIO2/GPIO12 or the UART pins keeps the chip from booting into the loader.',
  causes: (c) =>
    c.port
      ? ['The board on another port or unplugged', 'The USB-serial driver missing', 'A serial monitor open on the port', 'No permission on /dev/ttyUSB* (not in the dialout group)']
      : ['The board not entering download mode (auto-reset does not work on it)', 'The wrong port selected', 'A charge-only USB cable or a weak power supply', 'Something wired to GPIO0, GPIO2, GPIO12 or the UART pins'],
  fixes: (c) => [
    c.port
      ? fix(`Pick the port the board is on (not ${c.port})`, ['List the ports (Device Manager, ls /dev/ttyUSB* /dev/ttyACM*), select that one, close serial monitors, and on Linux add yourself to the dialout group.'], 'sudo usermod -a -G dialout $USER   # then log out and in\nesptool.py --port /dev/ttyUSB0 chip_id')
      : fix('Put the chip into download mode by hand', ['Hold BOOT (GPIO0), press and release EN/RST, release BOOT when "Connecting…" appears; use a data USB cable and a lower upload speed (115200); disconnect what is wired to GPIO0/2/12.'], 'esptool.py --port COM8 --baud 115200 chip_id'),
  ],
  references: [ESPTOOL],
  samples: [
    'esptool.py v2.6\nSerial port COM8\nConnecting........_____....._____\n\nA fatal error occurred: Failed to connect to ESP32: Timed out waiting for packet header',
    'A fatal error occurred: Timed out waiting for packet header',
    "esptool.py v4.3-dev\nSerial port 10\n\nA fatal error occurred: Could not open 10, the port doesn't exist",
  ],
};

const arduinoUploadFailed: ErrorPattern = {
  id: 'cpp.arduino-upload-failed',
  language: 'cpp',
  // The Arduino IDE 2 / arduino-cli summary after the uploader failed: "Failed uploading: uploading error: exit status 2"
  // (German IDE: "Fehlgeschlagenes Hochladen: Hochladefehler: exit status 2"), IDE 1.x's "Problem uploading to board",
  // and IDE 2 betas' "Request upload failed with message: 2 UNKNOWN: exit status 1". The uploader's own line, when pasted,
  // is the better answer (avrdude, esptool).
  match: /\b(?:Failed uploading: (?:uploading error: )?(?:exit status (?<status>\d{1,3})|(?<noport>no upload port provided))|Fehlgeschlagenes Hochladen: Hochladefehler: exit status (?<status2>\d{1,3})|Problem uploading to board\.|Request upload failed with message: \d{1,2} UNKNOWN: exit status (?<status3>\d{1,3}))/,
  requires: /Failed uploading: |Fehlgeschlagenes Hochladen|Problem uploading to board|Request upload failed/,
  errorType: 'Failed uploading',
  category: 'runtime',
  priority: 13,
  summary: (c) =>
    c.noport
      ? 'The sketch compiled but was not uploaded: no port was selected.'
      : `The sketch compiled, but the upload tool failed${c.status ?? c.status2 ?? c.status3 ? ` (exit status ${c.status ?? c.status2 ?? c.status3})` : ''}; its own messages above this line say why.`,
  explanation:
    'This line only says that the uploader (avrdude, esptool, bossac, dfu-util, picotool…) exited with an error after a successful compile. The reason is in the uploader\'s output just above it, visible with File > Preferences > "Show verbose output during upload": a port that does not exist or is busy, a board that does not answer, the wrong board selected.',
  causes: ['The wrong board or port selected', 'The board not answering (bootloader not reached, a charge-only cable, pins 0/1 in use)', 'Another program (serial monitor) holding the port'],
  fixes: [fix('Read the uploader\'s own error', ['Enable "Show verbose output during upload", upload again and look at the first error of avrdude/esptool/bossac above this line; check Tools > Board and Tools > Port first.'], 'arduino-cli board list\narduino-cli upload -v -p <port> --fqbn <fqbn> <sketch>')],
  references: [ARDUINO_UPLOAD],
  samples: ['Failed uploading: uploading error: exit status 2', 'Fehlgeschlagenes Hochladen: Hochladefehler: exit status 2'],
};

// ---------------------------------------------------------------- arduino-cli, the Arduino IDE, PlatformIO

const arduinoPlatformNotInstalled: ErrorPattern = {
  id: 'cpp.arduino-cli-platform-not-installed',
  language: 'cpp',
  // "Error during build: Platform 'Arduino:avr' not found: platform not installed" and the older
  // "Error during Upload: incorrect FQBN: platform arduino:avr is not installed".
  match: /\bPlatform '(?<platform>[^'\n]{1,80})' not found: platform (?<phrase>not installed|is not available for your OS)|\bincorrect FQBN: platform (?<platform2>[^\s]{1,80}) is not installed/,
  requires: /Platform '[^'\n]{1,80}' not found|incorrect FQBN/,
  errorType: (c) => (c.phrase === 'is not available for your OS' ? 'platform is not available for your OS' : 'platform not installed'),
  category: 'configuration',
  priority: 12,
  summary: (c) => `arduino-cli has no installed platform (core) ${c.platform ?? c.platform2} for the board's FQBN.`,
  explanation:
    'The first two parts of the FQBN (vendor:architecture, e.g. arduino:avr or esp32:esp32) name the platform that compiles and uploads for the board. It is not installed in this arduino-cli\'s data directory, the FQBN is misspelt (it is case-sensitive: "Arduino:avr" is not "arduino:avr"), or a third-party core\'s package index URL was not added, so the platform cannot be found. "Not available for your OS" means a tool the platform needs has no build for this host.',
  causes: ['The core never installed (arduino-cli core install)', 'The FQBN misspelt or in the wrong case', 'A third-party core whose board manager URL is not in the config', 'A different data directory than the IDE\'s (another user, CI, snap)'],
  fixes: (c) => [
    fix(`Install the platform ${c.platform ?? c.platform2}, spelt as the FQBN needs it`, ['Check the FQBN with arduino-cli board listall, add the board manager URL for third-party cores, update the index and install the core.'], `arduino-cli core update-index\narduino-cli core install ${(c.platform ?? c.platform2 ?? 'arduino:avr').toLowerCase()}\narduino-cli board listall`),
  ],
  references: [ARDUINO_CLI],
  samples: ["Error during build: Platform 'Arduino:avr' not found: platform not installed\nTry running `arduino-cli core install Arduino:avr`", 'Error during Upload: incorrect FQBN: platform arduino:avr is not installed'],
};

const arduinoPlatformIndexes: ErrorPattern = {
  id: 'cpp.arduino-cli-platform-indexes',
  language: 'cpp',
  match: /\bThere were errors loading platform indexes\b/,
  requires: /errors loading platform indexes/,
  errorType: 'errors loading platform indexes',
  category: 'configuration',
  priority: 10,
  summary: 'arduino-cli could not read its package index files, so it knows no platforms or boards.',
  explanation:
    'arduino-cli keeps the list of available cores in package_index.json (and one file per additional board manager URL) in its data directory. On a fresh install they have not been downloaded yet; otherwise one is missing, truncated or failed to download (a wrong additional URL, a proxy).',
  causes: ['A fresh install whose indexes were never downloaded', 'An additional board manager URL that does not answer or returns something else than JSON', 'A proxy or firewall blocking downloads.arduino.cc'],
  fixes: [fix('Download the indexes', ['Run core update-index and read its errors; remove or fix a broken additional URL in arduino-cli.yaml.'], 'arduino-cli core update-index\narduino-cli config dump')],
  references: [ARDUINO_CLI],
  samples: ['Error creating instance: There were errors loading platform indexes'],
};

const arduinoMultipleLibraries: ErrorPattern = {
  id: 'cpp.arduino-multiple-libraries',
  language: 'cpp',
  // The Arduino builder's note when a header is in several installed libraries: 'Multiple libraries were found for "SD.h"'
  // followed by " Used: …" and " Not used: …" (German: 'Mehrere Bibliotheken wurden für "x" gefunden'). A compile error
  // next to it is the better answer.
  match: /\b(?:Multiple libraries were found for "(?<header>[^"\n]{1,120})"|Mehrere Bibliotheken wurden für "(?<header2>[^"\n]{1,120})" gefunden)/,
  requires: /Multiple libraries were found for|Mehrere Bibliotheken wurden/,
  errorType: 'Multiple libraries were found',
  category: 'build',
  priority: -12,
  summary: (c) => `More than one installed library provides ${c.header ?? c.header2}; the Arduino builder picked one of them ("Used:").`,
  explanation:
    'When a sketch includes a header, the Arduino builder looks for a library that provides it. Several did (a copy in the sketchbook\'s libraries folder and one bundled with the board\'s core, or two versions side by side), so it chose one by its rules and printed the others as "Not used". This is a note, not the error: if the build failed, the real error is a compiler message near it, often caused by the wrong copy being used (one written for another architecture).',
  causes: ['A library installed twice (the sketchbook\'s libraries folder and the core\'s bundled copy)', 'Two different libraries that ship a header of the same name', 'An old copy left behind after an update'],
  fixes: (c) => [fix(`Keep one library that provides ${c.header ?? c.header2}`, ['Read the "Used:" and "Not used:" paths, delete or move the copy you do not want (usually the one in the sketchbook\'s libraries folder when the board\'s core bundles its own), and build again.'], null)],
  references: [ref('Arduino CLI: library discovery (dependency resolution)', 'https://arduino.github.io/arduino-cli/latest/sketch-build-process/#dependency-resolution')],
  samples: ['Multiple libraries were found for "nRF24L01.h"\n Used: D:\\Arduino\\libraries\\RF24-master\n Not used: D:\\Arduino\\libraries\\RF24'],
};

const platformioUnknownBoard: ErrorPattern = {
  id: 'cpp.platformio-unknown-board',
  language: 'cpp',
  // PlatformIO's UnknownBoard ("UnknownBoard: Unknown board ID 'x'"; older versions: "Error: Unknown board ID 'x'"),
  // also inside PIO Home's "PIO Core Call Error: …" string.
  match: /(?:UnknownBoard|Error): Unknown board ID '(?<board>[^'\n]{1,80})'/,
  requires: /Unknown board ID/,
  errorType: 'UnknownBoard',
  category: 'configuration',
  priority: 12,
  summary: (c) => `PlatformIO knows no board with the ID '${c.board}' in the installed development platform.`,
  explanation:
    'board = in platformio.ini must be the ID of a board definition shipped by the env\'s platform (espressif32, ststm32, atmelavr…) or in the project\'s boards/ folder. The ID is misspelt, belongs to another platform, or was added in a newer version of the platform than the one installed (a new ESP32-S3/C6 board, a Seeed or LilyGO board).',
  causes: ['A misspelt board ID or one from another platform', 'A board added in a newer platform version than the one installed', 'A community board that needs a third-party platform or a JSON in boards/'],
  fixes: (c) => [
    fix(`Use a board ID the platform knows (instead of '${c.board}')`, ['Search the ID with pio boards, update the platform (pio pkg update -g -p espressif32) or pin a platform version that has it, or add a board JSON to the project\'s boards/ folder.'], `pio boards ${c.board.split(/[-_]/)[0]}\npio pkg update -g -p <platform>`),
  ],
  references: [PIO_BOARDS],
  samples: ["UnknownBoard: Unknown board ID 'esp32-c3-devkitc-02'", "Verbose mode can be enabled via `-v, --verbose` option\nError: Unknown board ID 'd1_mini_pro'"],
};

const platformioUnknownPackage: ErrorPattern = {
  id: 'cpp.platformio-unknown-package',
  language: 'cpp',
  // PlatformIO's package manager: "UnknownPackageError: Could not find the package with 'owner/Lib @ ^1.2.3' requirements
  // for your system 'windows_amd64'" (older: "Error: …", a lib_deps warning: "Warning! …", and PlatformIO 3/4's "Could not
  // find a version that satisfies the requirement '^0.3.9.2' for your system 'windows_amd64'").
  match: /\bCould not find (?:the package with '(?<spec>[^'\n]{1,160})' requirements|a version that satisfies the requirement '(?<version>[^'\n]{1,80})') for your system '(?<system>[a-z0-9_]{1,30})'/,
  requires: /for your system '/,
  errorType: 'UnknownPackageError',
  category: 'dependency',
  priority: 45,
  summary: (c) => (c.spec ? `PlatformIO's registry has no package matching '${c.spec}' for ${c.system}.` : `PlatformIO's registry has no version matching '${c.version}' of the package for ${c.system}.`),
  explanation:
    'PlatformIO resolves every lib_deps, platform and tool requirement in its registry for the host system. None matched: the owner/name is misspelt or the package was renamed, the version range excludes every published version, the name is a framework-bundled library (Wire, SPI, PDM) that only exists inside a core, or the package has no build for this host (a tool for linux_x86_64 only).',
  causes: ['A misspelt or renamed owner/name in lib_deps', 'A version range no published version satisfies', 'A built-in library of a framework (Wire, SPI, PDM) listed as a registry dependency', 'No build of the package for this operating system or CPU'],
  fixes: (c) => [
    fix(`Look the package up and fix its specification${c.spec ? ` ('${c.spec}')` : ''}`, ['Search the registry and copy the exact owner/name@version it shows into lib_deps; drop built-in libraries (Wire, SPI) from lib_deps; relax the version range.'], `pio pkg search "${(c.spec ?? '').split('@')[0].trim() || '<name>'}"\n; platformio.ini\nlib_deps =\n    owner/Name@^1.0.0`),
  ],
  references: [PIO_LIB_DEPS],
  samples: ["Library Manager: Installing hideakitai/TaskManager @ ^0.4.8\nUnknownPackageError: Could not find the package with 'hideakitai/TaskManager @ ^0.4.8' requirements for your system 'windows_amd64'"],
};

// ---------------------------------------------------------------- Android NDK, Emscripten, newlib

const ndkUndefinedModules: ErrorPattern = {
  id: 'c.ndk-build-undefined-modules',
  language: 'c',
  // ndk-build (r14+): "Android NDK: Module foo depends on undefined modules: cutils log", then "Aborting (set
  // APP_ALLOW_MISSING_DEPS=true to allow missing dependencies)"; a narrow console may wrap it after "Module".
  match: /\bAndroid NDK: Module[ \t]{0,4}\n?[ \t]{0,4}(?<module>[^\s]{1,80}) depends on undefined modules: (?<deps>[^\n]{1,200}?)[ \t]*(?:\n|$)/,
  requires: /depends on undefined modules/,
  errorType: 'depends on undefined modules',
  category: 'build',
  priority: 12,
  summary: (c) => `ndk-build stopped: module ${c.module} lists modules no Android.mk defines (${c.deps.trim()}).`,
  explanation:
    'Every name in LOCAL_SHARED_LIBRARIES and LOCAL_STATIC_LIBRARIES must be a module some Android.mk defines with LOCAL_MODULE (or one imported with $(call import-module)). Since NDK r14 ndk-build fails on undefined ones instead of ignoring them. Projects written for the platform build (AOSP) list system libraries such as cutils, utils, log, c, dl, z or stdc++ as modules; in an app build those are not modules: system libraries are linked with LOCAL_LDLIBS (-llog -lz -ldl), and the C++ runtime is chosen with APP_STL.',
  causes: ['System libraries (log, z, dl, c, stdc++) listed in LOCAL_SHARED_LIBRARIES instead of LOCAL_LDLIBS', 'AOSP-only libraries (cutils, utils, binder) that an app cannot link', 'A prebuilt or third-party module whose Android.mk is not included', 'A module name misspelt'],
  fixes: (c) => [
    fix(`Define or drop the modules ${c.module} depends on`, ['Move system libraries to LOCAL_LDLIBS, include the Android.mk (or add a PREBUILT_SHARED_LIBRARY module) for real dependencies, and remove AOSP-only ones; APP_ALLOW_MISSING_DEPS=true only restores the old behaviour of ignoring them.'], `# Android.mk of ${c.module}\nLOCAL_LDLIBS := -llog -lz -ldl\n# instead of: LOCAL_SHARED_LIBRARIES := ${c.deps.trim()}`),
  ],
  references: [NDK_BUILD, ref('Android NDK issue 208: missing module dependencies are errors (r14)', 'https://github.com/android/ndk/issues/208')],
  samples: ['Android NDK: Module run_root_shell depends on undefined modules: cutils c dl icuuc icui18n utils log'],
};

const emccCannotFindLibrary: ErrorPattern = {
  id: 'c.emcc-cannot-find-library',
  language: 'c',
  // Emscripten before wasm-ld reported it: 'shared:ERROR: emcc: cannot find library "elf"' (also a WARNING:root line),
  // and wasm-ld's own "unable to find library -lxml2".
  match: /\bemcc: cannot find library "(?<lib>[^"\n]{1,80})"|\bwasm-ld(?:\.exe)?: error: unable to find library -l(?<lib2>[^\s]{1,80})/,
  requires: /cannot find library|unable to find library/,
  errorType: 'cannot find -l',
  category: 'build',
  priority: 14,
  summary: (c) => `Emscripten's link could not find a WebAssembly build of the library ${c.lib ?? c.lib2}.`,
  explanation:
    'Emscripten links only libraries compiled by Emscripten itself (.a archives of wasm objects, or the ports it can build with -sUSE_SDL=2, -sUSE_ZLIB=1 …); the system\'s native libfoo.so or .a (x86 machine code) is useless and is not searched. The library was not built with emcc/emmake yet, its directory is not on the -L path, or a build script passes a native flag (-lSystem.B, -lelf) that has no WebAssembly counterpart.',
  causes: ['The library not built with emcmake/emmake yet (only a native build exists)', 'Its output directory not on the -L path', 'A library Emscripten provides as a port (SDL, zlib, libpng) linked with -l instead of -sUSE_…', 'A native-only library pulled in by a build script (-lelf, -lSystem.B)'],
  fixes: (c) => [
    fix(`Build ${c.lib ?? c.lib2} with Emscripten (or use its port) and link that`, ['Configure and build the library with emcmake/emmake into its own prefix, then pass -L<prefix>/lib -l<name>; for SDL, zlib, libpng and others use the port flag instead.'], `emcmake cmake -S lib${c.lib ?? c.lib2} -B build-wasm -DCMAKE_INSTALL_PREFIX=$PWD/wasm-prefix\ncmake --build build-wasm --target install\nemcc main.c -Lwasm-prefix/lib -l${c.lib ?? c.lib2} -o app.js`),
  ],
  references: [EMCC, ref('Emscripten: Emscripten Ports', 'https://emscripten.org/docs/compiling/Building-Projects.html#emscripten-ports')],
  samples: ['shared:ERROR: emcc: cannot find library "elf" (-s ERROR_ON_MISSING_LIBRARIES=0 to disable this error)', 'WARNING:root:emcc: cannot find library "icuuc"'],
};

const emscriptenUndefinedSymbol: ErrorPattern = {
  id: 'c.emscripten-undefined-symbol',
  language: 'c',
  // Emscripten's JavaScript compiler after the link: "error: undefined symbol: sqlite3_close" with its hint
  // "To disable errors for undefined symbols use `-s ERROR_ON_UNDEFINED_SYMBOLS=0`" (newer: "(referenced by top-level
  // compiled C/C++ code)" on the same line).
  match: /(?:^|\n)[ \t]{0,8}error: undefined symbol: (?<symbol>[^\s(]{1,300})(?=[^\n]{0,40}\(referenced by |[\s\S]{0,600}?ERROR_ON_UNDEFINED_SYMBOLS)/,
  requires: /error: undefined symbol: /,
  errorType: 'undefined reference',
  category: 'build',
  priority: 10,
  summary: (c) => `The WebAssembly link left ${c.symbol} undefined: no object, library or JavaScript library provides it.`,
  explanation:
    'Emscripten reports symbols that neither the linked wasm objects nor a JavaScript library (--js-library, the built-in library_*.js) define. Like ld\'s "undefined reference": the source or library that defines it was not passed to emcc (a library\'s .a built natively does not count), a C function is called from C++ without extern "C", or it needs an Emscripten feature flag (embind\'s _emval_* need --bind / -lembind, setjmp needs -sSUPPORT_LONGJMP).',
  causes: ['The library or source that defines the symbol not on the emcc command line', 'A C symbol declared without extern "C" in C++ code', 'A feature flag missing (-lembind for _emval_*, -sSUPPORT_LONGJMP, -sUSE_…)', 'A JavaScript function expected from a --js-library that was not passed'],
  fixes: (c) => [
    fix(`Link what defines ${c.symbol}`, ['Add the source or the Emscripten-built library that defines it to the link, or the flag that provides it; -sERROR_ON_UNDEFINED_SYMBOLS=0 only moves the failure to run time.'], `emcc main.c sqlite3.c -o app.js\n# embind: emcc -lembind …`),
  ],
  references: [EMCC_SETTINGS, EMCC],
  samples: ['error: undefined symbol: sqlite3_close\nwarning: To disable errors for undefined symbols use `-s ERROR_ON_UNDEFINED_SYMBOLS=0`\nError: Aborting compilation due to previous errors'],
};

const wasmLdExportNotFound: ErrorPattern = {
  id: 'c.wasm-ld-export-not-found',
  language: 'c',
  match: /\bwasm-ld(?:\.exe)?: error: symbol exported via --export not found: (?<symbol>[^\s]{1,300})/,
  requires: /symbol exported via --export not found/,
  errorType: 'symbol exported via --export not found',
  category: 'build',
  priority: 12,
  summary: (c) => `wasm-ld was asked to export ${c.symbol}, but nothing in the link defines it.`,
  explanation:
    'Emscripten turns EXPORTED_FUNCTIONS (and some internal symbols) into wasm-ld --export flags, and wasm-ld fails when an exported symbol is not defined: a name misspelt or without its leading underscore, a function removed or not compiled in, or a C++ function whose mangled name differs. Internal symbols such as __start_em_asm / __stop_em_asm appear when an Emscripten flag (LLD_REPORT_UNDEFINED with an older emsdk) exports sections the program does not have.',
  causes: ['A name in EXPORTED_FUNCTIONS misspelt or without its leading underscore', 'A C++ function exported without extern "C"', 'Flags from another emsdk version exporting internal symbols (__start_em_asm)'],
  fixes: (c) => [fix(`Export only what is defined (${c.symbol})`, ['Check the spelling in EXPORTED_FUNCTIONS (C names with a leading underscore), mark C++ functions extern "C" or EMSCRIPTEN_KEEPALIVE, and drop flags left over from another emsdk version.'], "emcc main.c -sEXPORTED_FUNCTIONS=_main,_my_function -o app.js")],
  references: [EMCC_SETTINGS],
  samples: ['wasm-ld: error: symbol exported via --export not found: __stop_em_asm'],
};

const newlibSyscallStub: ErrorPattern = {
  id: 'c.newlib-syscall-not-implemented',
  language: 'c',
  // arm-none-eabi's newlib linked with -lnosys: "closer.c:(.text._close_r+0xc): warning: _close is not implemented and
  // will always fail" (one per stub the program pulls in: _close, _lseek, _read, _write, _fstat, _getpid, _kill…).
  match: /\bwarning: (?<stub>_[a-z]{2,12}) is not implemented and will always fail\b/,
  requires: /is not implemented and will always fail/,
  errorType: 'is not implemented and will always fail',
  category: 'build',
  priority: -2,
  summary: (c) => `The firmware calls newlib's ${c.stub}(), which libnosys only stubs out: it links, but always fails at run time.`,
  explanation:
    'On a bare-metal target newlib\'s stdio and file functions end in system calls (_write, _read, _close, _lseek, _fstat, _isatty, _sbrk…) that the program must provide. Linking with --specs=nosys.specs (-lnosys) satisfies the linker with stubs that return an error, and GCC 11+ toolchains print this warning for each one pulled in. printf() through _write then prints nothing; the warning alone does not stop the build (an error next to it does).',
  causes: ['printf/puts/fopen used on a target whose _write/_close/_lseek are not implemented', 'Linking with --specs=nosys.specs instead of providing syscalls.c (STM32CubeIDE generates one)'],
  fixes: (c) => [
    fix(`Implement ${c.stub} (or stop pulling it in)`, ['Add a syscalls.c with the stubs the program needs (_write sending to a UART for printf), or avoid stdio and file functions; STM32CubeMX projects have Core/Src/syscalls.c for this.'], 'int _write(int fd, char *buf, int len) {\n    HAL_UART_Transmit(&huart2, (uint8_t *)buf, len, HAL_MAX_DELAY);\n    return len;\n}'),
  ],
  references: [NEWLIB_SYSCALLS],
  samples: ["closer.c:(.text._close_r+0xc): warning: _close is not implemented and will always fail"],
};

// ---------------------------------------------------------------- ESP-IDF, Zephyr

const idfFailedToResolveComponent: ErrorPattern = {
  id: 'cpp.idf-failed-to-resolve-component',
  language: 'cpp',
  // ESP-IDF's build.cmake, pasted without CMake's "CMake Error at …" header: "Failed to resolve component 'x' required by
  // component 'main': unknown name."
  match: /\bFailed to resolve component '(?<component>[^'\n]{1,80})'(?: required by component '(?<by>[^'\n]{1,80})')?/,
  requires: /Failed to resolve component/,
  errorType: 'Failed to resolve component',
  category: 'build',
  priority: 2,
  summary: (c) => `ESP-IDF found no component named '${c.component}'${c.by ? ` (required by '${c.by}')` : ''}.`,
  explanation:
    'A REQUIRES or PRIV_REQUIRES entry of idf_component_register (or the project\'s COMPONENTS list) names a component the build cannot find. A component\'s name is its directory name (case-sensitive) under components/, EXTRA_COMPONENT_DIRS or the managed_components the component manager downloads; ESP-IDF 5 also renamed or split some (esp32 became esp_system/esp_hw_support, driver split into esp_driver_*).',
  causes: ['The component directory named differently from the REQUIRES entry (case included)', 'A component outside components/ without EXTRA_COMPONENT_DIRS', 'A dependency from idf_component.yml not downloaded (offline, registry unreachable)', 'A component renamed or removed in a newer ESP-IDF (esp32, driver)'],
  fixes: (c) => [
    fix(`Make '${c.component}' findable or require its real name`, ['Compare the REQUIRES entry with the directory names under components/ and managed_components/, add EXTRA_COMPONENT_DIRS for components elsewhere, or replace components ESP-IDF renamed.'], `# CMakeLists.txt of ${c.by ?? 'main'}\nidf_component_register(SRCS "main.c"\n                       REQUIRES ${c.component})\n# top-level CMakeLists.txt\nset(EXTRA_COMPONENT_DIRS ../shared_components)`),
  ],
  references: [IDF_COMPONENTS],
  samples: ["  Failed to resolve component 'logic_analyzer' required by component 'main':\n  unknown name."],
};

const westCommandExited: ErrorPattern = {
  id: 'c.west-command-exited',
  language: 'c',
  // west build's last line when CMake or Ninja failed: "FATAL ERROR: command exited with status 1: /usr/bin/cmake -DWEST_PYTHON=…".
  // Only when no compiler line ("x.c:3:5: error: …") came before it: a catch-all for those would lose to this wrapper.
  match: /^(?:(?![^\n]{0,2000}?\berror: )[^\n]{0,2000}\n){0,400}?[ \t]{0,8}FATAL ERROR: command exited with status (?<status>\d{1,3}): (?<cmd>[^\n]{1,400})/,
  requires: /FATAL ERROR: command exited with status/,
  errorType: (c) => `command exited with status ${c.status}`,
  category: 'build',
  priority: 0,
  wrapper: true,
  summary: (c) => `west build stopped because the command it ran failed (exit status ${c.status}): ${c.cmd.split(' ')[0]}.`,
  explanation:
    'west only runs CMake (to configure) and then Ninja (to build) and reports that one of them failed. The actual error is above this line in the same output: a devicetree or Kconfig error, a CMake error, or a compiler or linker error of the application (in ZMK builds usually a syntax error in the .keymap file).',
  causes: ['A configuration error printed by CMake above (devicetree, Kconfig, board not found)', 'A compile or link error printed by Ninja above', 'A stale build directory configured for another board or application'],
  fixes: [fix('Find the first error above this line', ['Scroll up to the first "error" of CMake or the compiler; rebuild from scratch with -p always when the build directory was configured for another board.'], 'west build -p always -b <board> <app>')],
  references: [WEST_BUILD],
  samples: ['FATAL ERROR: command exited with status 1: /usr/local/bin/cmake -DWEST_PYTHON=/usr/bin/python3 -B/tmp/build -GNinja -DBOARD=nice_nano_v2 -S/tmp/zmk-config/zmk/app'],
};

export const NATIVE_CATALOG13_PATTERNS: readonly ErrorPattern[] = [
  avrdudeNoSync,
  esptoolFatal,
  arduinoUploadFailed,
  arduinoPlatformNotInstalled,
  arduinoPlatformIndexes,
  arduinoMultipleLibraries,
  platformioUnknownBoard,
  platformioUnknownPackage,
  ndkUndefinedModules,
  cppTwin(ndkUndefinedModules, ['Android NDK: Module jni_bridge depends on undefined modules: stdc++ log\nCompile++ arm64-v8a  : jni_bridge <= bridge.cpp']),
  emccCannotFindLibrary,
  cppTwin(emccCannotFindLibrary, ['em++ -o game.html main.cpp -lSDL\nWARNING  root: emcc: cannot find library "SDL"']),
  emscriptenUndefinedSymbol,
  cppTwin(emscriptenUndefinedSymbol, ['error: undefined symbol: _ZN4llvm25llvm_unreachable_internalEPKcS1_j (referenced by root reference (e.g. compiled C/C++ code))']),
  wasmLdExportNotFound,
  newlibSyscallStub,
  idfFailedToResolveComponent,
  westCommandExited,
];

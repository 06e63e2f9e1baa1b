/**
 * A thirteenth catalog pass over C and C++ embedded and cross builds as they are pasted: the uploaders after a good
 * compile (avrdude's stk500 "programmer is not responding", "not in sync" and stk500v2's "timeout communicating with
 * programmer", esptool's "A fatal error occurred: Failed to connect to ESP32: …" and its missing port, the Arduino IDE's
 * "Failed uploading: uploading error: exit status 2", also in German), arduino-cli's missing platform and unreadable
 * platform indexes, the IDE's "Multiple libraries were found for", PlatformIO's UnknownBoard and UnknownPackageError
 * (also inside PIO Home's "PIO Core Call Error"), ndk-build's "depends on undefined modules", Emscripten's missing
 * library and undefined symbols, wasm-ld's unexported symbol, newlib's "is not implemented and will always fail",
 * ESP-IDF's "Failed to resolve component" without CMake's header, Zephyr's devicetree error above the CMake error it
 * causes, and west's "FATAL ERROR: command exited with status 1" alone. The last group are nearby texts (IRAM and FLASH
 * overflows, newlib's _sbrk, Arduino's undeclared pins, ESP-IDF's CMake errors, NDK link errors) that were already
 * right, as guards. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the C and C++ family's thirteenth catalog pass", () => {
  it.each([
    [
      'avrdude: stk500_recv(): programmer is not responding\navrdude: stk500_getsync() attempt 1 of 10: not in sync: resp=0x00',
      'cpp',
      'programmer is not responding',
    ],
    [
      'avrdude: stk500_recv(): programmer is not responding\navrdude: stk500_getsync() attempt 1 of 10: not in sync: resp=0x01\navrdude: stk500_recv(): programmer is not responding\navrdude: stk500_getsync() attempt 2 of 10: not in sync: resp=0x01\navrdude: stk500_recv(): programmer is not responding\navrdude: stk500_getsync() attempt 10 of 10: not in sync: resp=0x01\nProblem uploading to board.  See\nhttp://www.arduino.cc/en/Guide/Troubleshooting#upload for suggestions.',
      'cpp',
      'programmer is not responding',
    ],
    [
      'avrdude: stk500_getsync() attempt 10 of 10: not in sync: resp=0x2e\nProblem uploading to board.  See https://support.arduino.cc/hc/en-us/sections/360003198300 for suggestions.',
      'cpp',
      'not in sync',
    ],
    [
      'esptool.py v2.6\nSerial port COM8\nConnecting........_____....._____....._____....._____....._____....._____.....____\n\nA fatal error occurred: Failed to connect to ESP32: Timed out waiting for packet header',
      'cpp',
      'Failed to connect',
    ],
    [
      'A fatal error occurred: Failed to connect to ESP32-S2: Timed out waiting for packet header\nSketch uses 751246 bytes (38%) of program storage space. Maximum is 1966080 bytes.\nGlobal variables use 32500 bytes (9%) of dynamic memory, leaving 295180 bytes for local variables. Maximum is 327680 bytes.\nesptool.py v3.1\nSerial port COM4\nConnecting........_____....._____....._____....._____....._____....._____....._____\n\nA fatal error occurred: Failed to connect to ESP32-S2: Timed out waiting for packet header',
      'cpp',
      'Failed to connect',
    ],
    ['A fatal error occurred: Timed out waiting for packet header', 'cpp', 'Timed out waiting for packet header'],
    [
      'wasm-ld: error: symbol exported via --export not found: __stop_em_asm\nwasm-ld: error: symbol exported via --export not found: __start_em_asm',
      'c',
      'symbol exported via --export not found',
    ],
    [
      'Android NDK: Module run_root_shell depends on undefined modules: cutils c dl icuuc icui18n utils log',
      'c',
      'depends on undefined modules',
    ],
    [
      'C:/android-ndk-r14/build//../build/core/build-binary.mk:687: Android NDK: Module\n pngt depends on undefined modules: z\nC:/android-ndk-r14/build//../build/core/build-binary.mk:700: *** Android NDK: Ab\norting (set APP_ALLOW_MISSING_DEPS=true to allow missing dependencies)    .  Sto\np.',
      'c',
      'depends on undefined modules',
    ],
    [
      "Error:(693) Android NDK: Module webpbackport depends on undefined modules: webp\nError:Execution failed for task ':webp-android-backport-library:cleanNative'.\n> Process 'command 'D:\\AndroidSDK\\ndk-bundle/ndk-build.cmd'' finished with non-zero exit value 2",
      'c',
      'depends on undefined modules',
    ],
    [
      "ndk-bundle/build/core/build-binary.mk:688: Android NDK: Module ElfHook depends on undefined modules: stdc++\nndk-bundle/build/core/build-binary.mk:701: *** Android NDK: Aborting (set APP_ALLOW_MISSING_DEPS=true to allow missing dependencies)    .  Stop.\nmake[1]: Leaving directory `/Users/xxxx/ElfHook'",
      'c',
      'depends on undefined modules',
    ],
    [
      '[CXX1405] error when building with ndkBuild using C:\\Users\\lee\\Projects\\SDL\\android-project\\app\\jni\\Android.mk: Build command failed.\nError while executing process C:\\Users\\lee\\AppData\\Local\\Android\\Sdk\\ndk\\21.4.7075529\\ndk-build.cmd with arguments {NDK_PROJECT_PATH=null APP_BUILD_SCRIPT=C:\\Users\\lee\\Projects\\SDL\\android-project\\app\\jni\\Android.mk APP_ABI=arm64-v8a NDK_DEBUG=1 APP_PLATFORM=android-16 -B -n}\n\nC:/Users/lee/AppData/Local/Android/Sdk/ndk/21.4.7075529/build//../build/core/build-binary.mk:651: Android NDK: Module main depends on undefined modules: SDL3    \nC:/Users/lee/AppData/Local/Android/Sdk/ndk/21.4.7075529/build//../build/core/build-binary.mk:664: *** Android NDK: Note that old versions of ndk-build silently ignored this error case. If your project worked on those versions, the missing libraries were not needed and you can remove those dependencies from the module to fix your build. Alternatively, set APP_ALLOW_MISSING_DEPS=true to allow missing dependencies.',
      'c',
      'depends on undefined modules',
    ],
    [
      "Library Manager: Installing hideakitai/TaskManager @ ^0.4.8\nUnknownPackageError: Could not find the package with 'hideakitai/TaskManager @ ^0.4.8' requirements for your system 'windows_amd64'",
      'cpp',
      'UnknownPackageError',
    ],
    [
      "Resolving uno dependencies...\nLibrary Manager: Installing mathworks/ThingSpeak @ ^2.0.0\nUnpacking\nLibrary Manager: ThingSpeak@2.0.0 has been installed!\nLibrary Manager: Installing platformio/framework-arduinoespressif8266 @ ^3.30002.0\nError: Could not find the package with 'platformio/framework-arduinoespressif8266 @ ^3.30002.0' requirements for your system 'windows_amd64'",
      'cpp',
      'UnknownPackageError',
    ],
    [
      "PIO Core Call Error: \"Library Storage: /home/hudsonm/Workspace/PlatformIO/Projects/automation-esp32/.pio/libdeps/esp32dev\\nLibrary Manager: Installing davetcc/LiquidCrystalIO @ ^1.4.0\\nLibrary Manager: LiquidCrystalIO @ 1.4.0 has been installed!\\nLibrary Manager: Installing dependencies...\\nLibrary Manager: Installing IoAbstraction\\n\\n\\nError: Could not find the package with 'IoAbstraction' requirements for your system 'linux_x86_64'\"",
      'cpp',
      'UnknownPackageError',
    ],
    [
      "LDF Modes: Finder ~ chain, Compatibility ~ soft\nLibrary Manager: Installing foobarbaz\nWarning! Could not find the package with 'foobarbaz' requirements for your system 'darwin_x86_64'",
      'cpp',
      'UnknownPackageError',
    ],
    [
      "PIO Core Call Error: \"Library Storage: C:\\\\Users\\\\shaoy\\\\.platformio\\\\lib\\nLibraryManager: Installing id=431 @ ^0.3.9.2\\n\\n\\nError: Could not find a version that satisfies the requirement '^0.3.9.2' for your system 'windows_amd64'\"",
      'cpp',
      'UnknownPackageError',
    ],
    ["  Failed to resolve component 'logic_analyzer' required by component 'main':\n  unknown name.", 'cpp', 'Failed to resolve component'],
    [
      "esptool.py v4.6.2\nFound 3 serial ports\nSerial port /dev/ttyUSB1\n/dev/ttyUSB1 failed to connect: Could not open /dev/ttyUSB1, the port doesn't exist\nSerial port /dev/ttyUSB0\n/dev/ttyUSB0 failed to connect: Could not open /dev/ttyUSB0, the port doesn't exist\nSerial port /dev/ttyS4\n/dev/ttyS4 failed to connect: Could not open /dev/ttyS4, the port doesn't exist\n\nA fatal error occurred: Could not connect to an Espressif device on any of the 3 available serial ports.",
      'cpp',
      "port doesn't exist",
    ],
    ["esptool.py v4.3-dev\nSerial port 10\n\nA fatal error occurred: Could not open 10, the port doesn't exist", 'cpp', "port doesn't exist"],
    [
      "esptool.py v4.8.1\nSerial port /dev/ttyS12\n\nA fatal error occurred: Could not open /dev/ttyS12, the port is busy or doesn't exist.\n(Could not configure port: (5, 'Input/output error'))",
      'cpp',
      "port doesn't exist",
    ],
    [
      'shared:ERROR: emcc: cannot find library "elf" (-s ERROR_ON_MISSING_LIBRARIES=0 to disable this error)\nMakefile:68: recipe for target \'obj-asmjs-unknown-emscripten/libsimavr.so.1\' failed\nmake[2]: *** [obj-asmjs-unknown-emscripten/libsimavr.so.1] Error 1',
      'c',
      'cannot find -l',
    ],
    [
      'WARNING:root:emcc: cannot find library "icui18n"\nWARNING:root:emcc: cannot find library "icuuc"\nWARNING:root:emcc: cannot find library "icudata"',
      'c',
      'cannot find -l',
    ],
    ['WARNING  root: emcc: cannot find library "SDL"', 'c', 'cannot find -l'],
    [
      '-- Found devicetree overlay: /home/vboxuser/zephyrproject/zephyr/micro_ros_zephyr_module/app.overlay\ndevicetree error: Label \'zephyr_udc0\' appears on /soc/usb@40040000 and on /soc/usb@50000000\nCMake Error at /home/vboxuser/zephyrproject/zephyr/cmake/modules/dts.cmake:303 (execute_process):\n  execute_process failed command indexes:\n\n    1: "Child return code: 1"',
      'c',
      'devicetree error',
    ],
    [
      'FATAL ERROR: command exited with status 1: /usr/local/bin/cmake -DWEST_PYTHON=/usr/bin/python3 -B/tmp/tmp.4EvVJXlLsc -GNinja -DBOARD=nice_nano_v2 -DZMK_CONFIG=/tmp/zmk-config/config -DSHIELD=doce -DZMK_EXTRA_MODULES=/__w/zmk-config-doce/zmk-config-doce -S/tmp/zmk-config/zmk/app',
      'c',
      'command exited with status 1',
    ],
    [
      "C:/Application/pack/arm-gnu-toolchain-13.2.Rel1-mingw-w64-i686-arm-none-eabi/bin/../lib/gcc/arm-none-eabi/13.2.1/../../../../arm-none-eabi/bin/ld.exe: C:/Application/pack/arm-gnu-toolchain-13.2.Rel1-mingw-w64-i686-arm-none-eabi/bin/../lib/gcc/arm-none-eabi/13.2.1/thumb/v6-m/nofp\\libc_nano.a(libc_a-closer.o): in function `_close_r':\ncloser.c:(.text._close_r+0xc): warning: _close is not implemented and will always fail\nC:/Application/pack/arm-gnu-toolchain-13.2.Rel1-mingw-w64-i686-arm-none-eabi/bin/../lib/gcc/arm-none-eabi/13.2.1/../../../../arm-none-eabi/bin/ld.exe: C:/Application/pack/arm-gnu-toolchain-13.2.Rel1-mingw-w64-i686-arm-none-eabi/bin/../lib/gcc/arm-none-eabi/13.2.1/thumb/v6-m/nofp\\libc_nano.a(libc_a-lseekr.o): in function `_lseek_r':\nlseekr.c:(.text._lseek_r+0x10): warning: _lseek is not implemented and will always fail",
      'c',
      'is not implemented and will always fail',
    ],
    [
      "Error during build: Platform 'Arduino:avr' not found: platform not installed\nTry running `arduino-cli core install Arduino:avr`",
      'cpp',
      'platform not installed',
    ],
    ['Error during Upload: incorrect FQBN: platform arduino:avr is not installed', 'cpp', 'platform not installed'],
    ['Error creating instance: There were errors loading platform indexes', 'cpp', 'errors loading platform indexes'],
    ['Error detecting boards: There were errors loading platform indexes', 'cpp', 'errors loading platform indexes'],
    ['Fehlgeschlagenes Hochladen: Hochladefehler: exit status 2', 'cpp', 'Failed uploading'],
    ['Failed uploading: uploading error: exit status 2.', 'cpp', 'Failed uploading'],
    [
      'Sketch uses 1,030 bytes (3%) of program storage space. Maximum is 32,256 bytes.\nGlobal variables use 9 bytes (0%) of dynamic memory, leaving 2,039 bytes for local variables. Maximum is 2,048 bytes.\navrdude: ser_open(): can\'t open device "/dev/BAD_DEVICE": No such file or directory\nioctl("TIOCMGET"): Inappropriate ioctl for device',
      'cpp',
      "can't open device",
    ],
    ['Error: Request upload failed with message: 2 UNKNOWN: exit status 1.', 'cpp', 'Failed uploading'],
    [
      'PIO Core Call Error: "Resolving freenove_esp32_s3_wroom dependencies...\\r\\n\\n\\nUnknownBoard: Unknown board ID \'freenove_esp32_s3_wroom\'"',
      'cpp',
      'UnknownBoard',
    ],
    [
      "Processing esp32-c3-devkitc-02 (platform: espressif32; board: esp32-c3-devkitc-02)\n----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------\nUnknownBoard: Unknown board ID 'esp32-c3-devkitc-02'",
      'cpp',
      'UnknownBoard',
    ],
    [
      "Error: [Mon Mar 12 00:10:49 2018] Processing d1_mini_pro (platform: espressif8266; board: d1_mini_pro; framework: arduino)\n--------------------------------------------------------------------------------\nVerbose mode can be enabled via `-v, --verbose` option\nError: Unknown board ID 'd1_mini_pro'\n========================== [ERROR] Took 0.71 seconds ==========================",
      'cpp',
      'UnknownBoard',
    ],
    [
      "PIO Core Call Error: \"Platform Manager: Installing teensy loader\\n\\n\\nError: Could not find the package with 'teensy loader' requirements for your system 'linux_x86_64'\"",
      'cpp',
      'UnknownPackageError',
    ],
    [
      'emscripten:DEBUG: emscript: js compiler glue\nerror: undefined symbol: _emval_as (referenced by top-level compiled C/C++ code)\nwarning: Link with `-s LLD_REPORT_UNDEFINED` to get more information on undefined symbols\nwarning: To disable errors for undefined symbols use `-s ERROR_ON_UNDEFINED_SYMBOLS=0`\nwarning: __emval_as may need to be added to EXPORTED_FUNCTIONS if it arrives from a system library',
      'c',
      'undefined reference',
    ],
    [
      'adding glfwWindowShouldClose (referenced by root reference (e.g. compiled C/C++ code))\nerror: undefined symbol: saveSetjmp (referenced by root reference (e.g. compiled C/C++ code))\nwarning: To disable errors for undefined symbols use `-sERROR_ON_UNDEFINED_SYMBOLS=0`\nwarning: _saveSetjmp may need to be added to EXPORTED_FUNCTIONS if it arrives from a system library',
      'c',
      'undefined reference',
    ],
    [
      'error: undefined symbol: sqlite3_close\nwarning: To disable errors for undefined symbols use `-s ERROR_ON_UNDEFINED_SYMBOLS=0`\nerror: undefined symbol: sqlite3_errmsg\nerror: undefined symbol: sqlite3_exec\nError: Aborting compilation due to previous errors',
      'c',
      'undefined reference',
    ],
    [
      'Multiple libraries were found for "nRF24L01.h"\n Used: D:\\My Documents\\Arduino\\libraries\\RF24-master\n Not used: D:\\My Documents\\Arduino\\libraries\\RF24-master',
      'cpp',
      'Multiple libraries were found',
    ],
    [
      'Mehrere Bibliotheken wurden für "TasmotaSerial.h" gefunden\n Benutzt: D:\\Users\\Helmut\\Desktop\\arduino-1.8.8_Tasmota_242\\sketchbook\\libraries\\TasmotaSerial-2.1.0\n Nicht benutzt: D:\\Users\\Helmut\\Desktop\\arduino-1.8.8_Tasmota_Akku_242\\libraries\\TasmotaSerial-2.2.0',
      'cpp',
      'Multiple libraries were found',
    ],
    [
      'Sketch uses 53700 bytes (21%) of program storage space. Maximum is 253952 bytes.\nGlobal variables use 1867 bytes (22%) of dynamic memory, leaving 6325 bytes for local variables. Maximum is 8192 bytes.\navrdude: stk500v2_ReceiveMessage(): timeout\navrdude: stk500v2_ReceiveMessage(): timeout\navrdude: stk500v2_getsync(): timeout communicating with programmer\nAn error occurred while uploading the sketch',
      'cpp',
      'timeout communicating with programmer',
    ],
    [
      '      avrdude: stk500v2_getsync(): timeout communicating with programmer\n      avrdude: stk500v2_ReceiveMessage(): timeout\n      avrdude: stk500v2_ReceiveMessage(): timeout',
      'cpp',
      'timeout communicating with programmer',
    ],
    [
      'Serial port /dev/cu.usbserial-01E71945\nConnecting......................................\n\nA fatal error occurred: Failed to connect to ESP32: Wrong boot mode detected (0x13)! The chip needs to be in download mode.\nFor troubleshooting steps visit: https://docs.espressif.com/projects/esptool/en/latest/troubleshooting.html\n*** [upload] Error 2',
      'cpp',
      'Failed to connect',
    ],
    [
      'A fatal error occurred: Failed to connect to ESP32: Wrong boot mode detected (0x13)! The chip needs to be in download mode.\nFor troubleshooting steps visit: https://docs.espressif.com/projects/esptool/en/latest/troubleshooting.html\nFailed uploading: uploading error: exit status 2',
      'cpp',
      'Failed to connect',
    ],
    [
      'esptool.py v4.7.dev1\nSerial port /dev/ttyUSB5\nConnecting......................................\n\nA fatal error occurred: Failed to connect to ESP32: Wrong boot mode detected (0x12)! The chip needs to be in download mode.\nFor troubleshooting steps visit: https://docs.espressif.com/projects/esptool/en/latest/troubleshooting.html\nCMake Error at run_serial_tool.cmake:66 (message):',
      'cpp',
      'Failed to connect',
    ],
    [
      'esptool.py v4.5.1\nSerial port COM8\nConnecting......................................\n\nA fatal error occurred: Failed to connect to ESP32: No serial data received.\nFor troubleshooting steps visit: https://docs.espressif.com/projects/esptool/en/latest/troubleshooting.html\nFailed uploading: uploading error: exit status 2',
      'cpp',
      'Failed to connect',
    ],
    [
      '> ./esptool.py chip_id\n> esptool.py v2.6-beta1\n> Found 1 serial ports\n> Serial port /dev/ttyUSB0\n> Connecting........_____....._____....._____....._____....._____....._____....._____\n> /dev/ttyUSB0 failed to connect: Failed to connect to Espressif device: Timed out waitingfor  packet header\n>\n> A fatal error occurred: All of the 1 available serial ports could not connect to a Espressif device.',
      'cpp',
      'Failed to connect',
    ],
    [
      'Binary sketch size: 13.026 bytes (of a 258.048 byte maximum)\navrdude: stk500v2_ReceiveMessage(): timeout\n...\navrdude: stk500v2_ReceiveMessage(): timeout\navrdude: stk500v2_getsync(): timeout communicating with programmer\navrdude: stk500v2_command(): failed miserably to execute command 0x13\navrdude: stk500v2_paged_write: write command failed',
      'cpp',
      'timeout communicating with programmer',
    ],
  ])('recognises %j', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });

  it.each([
    [
      "idf.py size-components\nsection `.iram0.text' will not fit in region `iram0_0_seg'\nIRAM0 segment data does not fit.\nregion `iram0_0_seg' overflowed by 13360 bytes\ncollect2.exe: error: ld returned 1 exit status\nninja: build stopped: subcommand failed.\nninja failed with exit code 1",
      'c',
      'region overflowed',
    ],
    [
      "C:/Users/[user]/AppData/Local/Arduino15/packages/esp32/tools/esp-x32/2511/bin/../lib/gcc/xtensa-esp-elf/14.2.0/../../../../xtensa-esp-elf/bin/ld.exe: C:\\Users\\[user]\\AppData\\Local\\arduino\\sketches\\3E0F2FC9B31501DD8C8FD69176C31B58/flocksquawk_m5stick.ino.elf section `.iram0.text' will not fit in region `iram0_0_seg'\nC:/Users/[user]/AppData/Local/Arduino15/packages/esp32/tools/esp-x32/2511/bin/../lib/gcc/xtensa-esp-elf/14.2.0/../../../../xtensa-esp-elf/bin/ld.exe: IRAM0 segment data does not fit.\nC:/Users/[user]/AppData/Local/Arduino15/packages/esp32/tools/esp-x32/2511/bin/../lib/gcc/xtensa-esp-elf/14.2.0/../../../../xtensa-esp-elf/bin/ld.exe: region `iram0_0_seg' overflowed by 1012 bytes\ncollect2.exe: error: ld returned 1 exit status\nexit status 1\n\nCompilation error: exit status 1",
      'cpp',
      'region overflowed',
    ],
    [
      "Linking .pio\\build\\Marauder-v7\\firmware.elf\nMemory region         Used Size  Region Size  %age Used\n     iram0_0_seg:      138120 B       128 KB    105.38%\n     iram0_2_seg:     2755627 B    3342304 B     82.45%\nc:/users/discobeast/.platformio/packages/toolchain-xtensa-esp32/bin/../lib/gcc/xtensa-esp32-elf/8.4.0/../../../../xtensa-esp32-elf/bin/ld.exe: .pio/build/Marauder-v7/firmware.elf section `.iram0.text' will not fit in region `iram0_0_seg'\n     dram0_0_seg:      102420 B     124580 B     82.21%\n     drom0_0_seg:      702518 B    4194272 B     16.75%\nc:/users/discobeast/.platformio/packages/toolchain-xtensa-esp32/bin/../lib/gcc/xtensa-esp32-elf/8.4.0/../../../../xtensa-esp32-elf/bin/ld.exe: IRAM0 segment data does not fit.\n    rtc_iram_seg:         103 B       8176 B      1.26%\nc:/users/discobeast/.platformio/packages/toolchain-xtensa-esp32/bin/../lib/gcc/xtensa-esp32-elf/8.4.0/../../../../xtensa-esp32-elf/bin/ld.exe: region `iram0_0_seg' overflowed by 7048 bytes\n    rtc_data_seg:         108 B       8176 B",
      'c',
      'region overflowed',
    ],
    [
      "/home/runner/.arduino15/packages/esp32/tools/xtensa-esp32-elf-gcc/esp-2021r2-patch5-8.4.0/bin/../lib/gcc/xtensa-esp32-elf/8.4.0/../../../../xtensa-esp32-elf/bin/ld: /tmp/arduino/sketches/FE3A9D936DE321DF9E59EE9EC2CADA64/BresserWeatherSensorLW.ino.elf section `.iram0.text' will not fit in region `iram0_0_seg'\n/home/runner/.arduino15/packages/esp32/tools/xtensa-esp32-elf-gcc/esp-2021r2-patch5-8.4.0/bin/../lib/gcc/xtensa-esp32-elf/8.4.0/../../../../xtensa-esp32-elf/bin/ld: IRAM0 segment data does not fit.\n/home/runner/.arduino15/packages/esp32/tools/xtensa-esp32-elf-gcc/esp-2021r2-patch5-8.4.0/bin/../lib/gcc/xtensa-esp32-elf/8.4.0/../../../../xtensa-esp32-elf/bin/ld: region `iram0_0_seg' overflowed by 180 bytes",
      'cpp',
      'region overflowed',
    ],
    ["make USER_C_MODULES=/st7789_mpy all\nregion `iram1_0_seg' overflowed by 1368 bytes", 'c', 'region overflowed'],
    [
      "wasm-ld: error: C:\\Users\\...\\AppData\\Local\\Temp\\emscripten_temp_ilsu0lex\\exported_0.o: undefined symbol: curTime\nwasm-ld: error: C:\\Users\\...\\AppData\\Local\\Temp\\emscripten_temp_ilsu0lex\\exported_0.o: undefined symbol: logProgress\nemcc: error: 'C:/dev/emsdk/upstream/bin\\wasm-ld.exe -o exported.wasm C:\\Users\\...\\AppData\\Local\\Temp\\emscripten_temp_ilsu0lex\\exported_0.o -LC:\\dev\\emsdk\\upstream\\emscripten\\cache\\sysroot\\lib\\wasm32-emscripten -lGL -lal -lhtml5 -lstubs-debug -lnoexit -lc-debug -ldlmalloc -lcompiler_rt -lc++-noexcept -lc++abi-debug-noexcept -lsockets' failed (returned 1)",
      'cpp',
      'undefined reference',
    ],
    [
      'wasm-ld: error: ../../../../lib/libclangInterpreter.a(Wasm.cpp.o): undefined symbol: lld::wasm::link(llvm::ArrayRef<char const*>, llvm::raw_ostream&, llvm::raw_ostream&, bool, bool)',
      'cpp',
      'undefined reference',
    ],
    [
      "c:/users/xyz/appdata/local/arduino15/packages/weactstudio/tools/xpack-arm-none-eabi-gcc/11.2.1-1.2/bin/../lib/gcc/arm-none-eabi/11.2.1/../../../../arm-none-eabi/bin/ld.exe: \nc:/users/xyz/appdata/local/arduino15/packages/weactstudio/tools/xpack-arm-none-eabi-gcc/11.2.1-1.2/bin/../lib/gcc/arm-none-eabi/11.2.1/../../../../arm-none-eabi/lib/thumb/v7e-m/nofp\\libg_nano.a(lib_a-sbrkr.o): in function `_sbrk_r':\n(.text._sbrk_r+0xc): undefined reference to `_sbrk'\ncollect2.exe: error: ld returned 1 exit status\n\nexit status 1\n\nCompilation error: exit status 1",
      'c',
      'undefined reference',
    ],
    [
      "/usr/lib/gcc/arm-none-eabi/9.2.0/../../../../arm-none-eabi/bin/ld:    /usr/lib/gcc/arm-none-eabi/9.2.0/../../../../arm-none-eabi/lib/thumb/v7e-m+fp/hard/libc.a(lib_a-sbrkr.o):    in function `_sbrk_r':\n    /builddir/build/BUILD/newlib-3.1.0/build-newlib/arm-none-eabi/thumb/v7e-m+fp/hard/newlib/libc/reent/../../../../../../../../newlib/libc/reent/sbrkr.c:51:    undefined reference to `_sbrk'\n    collect2: error: ld returned 1 exit status\n    scons: *** [rtthread.elf] Error 1\n    scons: building terminated because of errors.",
      'c',
      'undefined reference',
    ],
    [
      "Linking library\n/usr/lib/gcc/arm-none-eabi/9.2.1/../../../arm-none-eabi/bin/ld: /usr/lib/gcc/arm-none-eabi/9.2.1/../../../arm-none-eabi/lib/thumb/v7e-m+fp/hard/libc.a(lib_a-abort.o): in function `abort':\n/build/newlib-CVVEyx/newlib-3.3.0/build/arm-none-eabi/thumb/v7e-m+fp/hard/newlib/libc/stdlib/../../../../../../../../newlib/libc/stdlib/abort.c:59: undefined reference to `_exit'",
      'c',
      'undefined reference',
    ],
    [
      "LD        ipsec-example.elf\n/usr/bin/../lib/gcc/arm-none-eabi/4.9.3/../../../../arm-none-eabi/lib/armv7-m/libc.a(lib_a-sbrkr.o): In function `_sbrk_r':\nsbrkr.c:(.text._sbrk_r+0xc): undefined reference to `_sbrk'\ncollect2: error: ld returned 1 exit status",
      'c',
      'undefined reference',
    ],
    ["exit status 1\n'Serial1' was not declared in this scope", 'cpp', 'was not declared in this scope'],
    [
      "C:\\Users\\andre\\OneDrive\\Ambiente de Trabalho\\V9.4_Portable\\Arduino IDE Portable\\portable\\sketchbook\\Cart_Reader\\WS.ino: In function 'void dataOut_WS()':\n\nWS:1321:3: error: 'DDRA' was not declared in this scope\n\n   DDRA = 0xff;\n\n   ^~~~\n\nexit status 1\n\n'DDRG' was not declared in this scope\n\nThis report would have more information with\n\"Show verbose output during compilation\"\noption enabled in File -> Preferences.",
      'cpp',
      'was not declared in this scope',
    ],
    [
      "Marlin_main.cpp:214: error: 'A0' was not declared in this scope\nMarlin_main.cpp:214: error: 'A0' was not declared in this scope",
      'cpp',
      'was not declared in this scope',
    ],
    [
      "[0/1] Re-running CMake...\n-- Project is not inside a git repository, or git repository has no commits; will not use 'git describe' to determine PROJECT_VER.\n-- Building ESP-IDF components for target esp32\nCMake Error at /home/username/Documents/projects/esp/esp-idf/tools/cmake/build.cmake:187 (message):\n  Failed to resolve component 'example_component'.\nCall Stack (most recent call first):\n  /home/username/Documents/projects/esp/esp-idf/tools/cmake/build.cmake:217 (__build_resolve_and_add_req)",
      'cpp',
      'Failed to resolve component',
    ],
    [
      "CMake Error at /Users/acoth/esp/esp-idf/tools/cmake/build.cmake:201 (message):\n  Failed to resolve component 'jpegdec'",
      'cpp',
      'Failed to resolve component',
    ],
    [
      'CMake Error at CMakeLists.txt:110 (idf_component_register):\n  Unknown CMake command "idf_component_register".',
      'cpp',
      'Unknown CMake command',
    ],
    [
      'Running cmake in directory /home/eros/esp/ESP8266_RTOS_SDK/examples/peripherals/hw_timer/build\nExecuting "cmake -G \'Unix Makefiles\' -DPYTHON_DEPS_CHECKED=1 -DESP_PLATFORM=1 -DCCACHE_ENABLE=0 /home/eros/esp/ESP8266_RTOS_SDK/examples/peripherals/hw_timer"...\nCMake Error at CMakeLists.txt:7 (register_component):\n  Unknown CMake command "register_component".\n\n-- Configuring incomplete, errors occurred!\nSee also "/home/eros/esp/ESP8266_RTOS_SDK/examples/peripherals/hw_timer/CMakeFiles/CMakeOutput.log".\ncmake failed with exit code 1',
      'cpp',
      'Unknown CMake command',
    ],
    [
      'Sketch uses 701562 bytes (53%) of program storage space. Maximum is 1310720 bytes.\nGlobal variables use 40696 bytes (12%) of dynamic memory, leaving 286984 bytes for local variables. Maximum is 327680 bytes.\nesptool.py v2.6\nSerial port COM3\nTraceback (most recent call last):\n  File "esptool.py", line 2959, in <module>\n  File "esptool.py", line 2952, in _main\n  File "esptool.py", line 2652, in main\n  File "esptool.py", line 222, in __init__\n  File "site-packages\\serial\\__init__.py", line 88, in serial_for_url\n  File "site-packages\\serial\\serialwin32.py", line 62, in open\nserial.serialutil.SerialException: could not open port \'COM3\': WindowsError(2, \'The system cannot find the file specified.\')\nFailed to execute script esptool\nthe selected serial port Failed to execute script esptool\n does not exist or your board is not connected',
      'python',
      'SerialException',
    ],
    [
      'make all \narm-none-eabi-g++ -o "F1-T12.elf" @"objects.list"   -mcpu=cortex-m3 -T"../STM32F103C8Tx_FLASH.ld" -Wl,-Map="F1-T12.map" -Wl,--gc-sections -static --specs=nano.specs -mfloat-abi=soft -mthumb -Wl,--start-group -lc -lm -lstdc++ -lsupc++ -Wl,--end-group\nc:\\st\\stm32cubeide_1.0.2\\stm32cubeide\\plugins\\com.st.stm32cube.ide.mcu.externaltools.gnu-tools-for-stm32.7-2018-q2-update.win32_1.0.0.201904181610\\tools\\arm-none-eabi\\bin\\ld.exe: F1-T12.elf section `.rodata\' will not fit in region `FLASH\'\nc:\\st\\stm32cubeide_1.0.2\\stm32cubeide\\plugins\\com.st.stm32cube.ide.mcu.externaltools.gnu-tools-for-stm32.7-2018-q2-update.win32_1.0.0.201904181610\\tools\\arm-none-eabi\\bin\\ld.exe: region `RAM\' overflowed by 115896 bytes\ncollect2.exe: error: ld returned 1 exit status\nmake: *** [makefile:60: F1-T12.elf] Error 1\n"make all" terminated with exit code 2. Build might be incomplete.',
      'cpp',
      'region overflowed',
    ],
    [
      "section `.text' will not fit in region `FLASH'\n/home/cepl/.arduino15/packages/STMicroelectronics/tools/xpack-arm-none-eabi-gcc/12.2.1-1.2/bin/../lib/gcc/arm-none-eabi/12.2.1/../../../../arm-none-eabi/bin/ld: region `FLASH' overflowed by 22324 bytes",
      'c',
      'region overflowed',
    ],
    ["Error section `.text' will not fit in region `FLASH' in Eclipse", 'c', 'region overflowed'],
    ["          section `.text' will not fit in region `FLASH'\n          region `FLASH' overflowed by 20528 bytes", 'c', 'region overflowed'],
    ["devicetree error: <Node /fakedomain_2 in '/__w/zephyr/zephyr/misc/empty_file.c'> lacks #power-domain-cells", 'c', 'devicetree error'],
    [
      '[DEBUG] 9828: cmd_execute_and_stream_data() returned 1 after 50708367 us\nerror: building protobuf:arm64-android failed with: BUILD_FAILED',
      'c',
      'BUILD_FAILED',
    ],
    [
      'clang++: error: linker command failed with exit code 1 (use -v to see invocation)\nmake: *** [/home/deep/Android/Sdk/ndk/21.0.6113669/build/core/build-binary.mk:726: obj/local/armeabi-v7a/libandroid_dlib.so] Error 1\nmake: *** Waiting for unfinished jobs....\n[x86_64] Compile++      : dlib <= source.cpp',
      'cpp',
      'ld returned 1 exit status',
    ],
    [
      "  /Users/momo/Documents/libs/android-ndk-r20b/toolchains/llvm/prebuilt/darwin-x86_64/sysroot/usr/include/c++/v1/memory:2339: error: undefined reference to 'tflite::FlatBufferModel::~FlatBufferModel()'\n  /Users/momo/Documents/example/AI/android_tflite/third_party/tensorflow/tensorflow/lite/mutable_op_resolver.h:0: error: undefined reference to 'vtable for tflite::MutableOpResolver'\n  clang++: error: linker command failed with exit code 1 (use -v to see invocation)\n  ninja: build stopped: subcommand failed.",
      'cpp',
      'undefined reference',
    ],
    [
      '/usr/share/android-ndk-r21d/toolchains/llvm/prebuilt/linux-x86_64/lib/gcc/aarch64-linux-android/4.9.x/../../../../aarch64-linux-android/bin/ld: warning: libandroid.so, needed by ../src/main/jniLibs/arm64-v8a/libMNN.so, not found (try using -rpath or -rpath-link)\nclang++: error: linker command failed with exit code 1 (use -v to see invocation)',
      'c',
      'not found (try using -rpath or -rpath-link)',
    ],
    [
      "[armeabi] SharedLibrary  : libpayloadshared.so\n/home/miles/.lambdanative/tmp.vOcnTI/libpayload/libpayload.a(os_base.o):os_base.c:function ___alloc_mem_code: error: undefined reference to 'mmap64'\n/home/miles/.lambdanative/tmp.vOcnTI/libpayload/libpayload.a(os_base.o):os_base.c:function ___display_error: error: undefined reference to 'stderr'",
      'c',
      'undefined reference',
    ],
    [
      "/Volumes/Android/buildbot/out_dirs/aosp-ndk-r11-release/build/tmp/build-57861/build-libc++/ndk/sources/cxx-stl/llvm-libc++/../llvm-libc++abi/libcxxabi/src/cxa_handlers.cpp:112: error: undefined reference to '__atomic_exchange_4'\ncollect2: error: ld returned 1 exit status\n\n:duktape:linkDuktapeArmeabiDebugSharedLibrary FAILED",
      'cpp',
      'undefined reference',
    ],
  ])('keeps %j', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });

  it('repeats the names the error gave in its fixes', () => {
    expect(fixText('avrdude: ser_open(): can\'t open device "/dev/BAD_DEVICE": No such file or directory')).toContain('/dev/BAD_DEVICE');
    expect(fixText("esptool.py v4.3-dev\nSerial port 10\n\nA fatal error occurred: Could not open 10, the port doesn't exist")).toContain(
      'not 10',
    );
    expect(fixText("UnknownBoard: Unknown board ID 'esp32-c3-devkitc-02'")).toContain('esp32-c3-devkitc-02');
    expect(
      fixText(
        "UnknownPackageError: Could not find the package with 'hideakitai/TaskManager @ ^0.4.8' requirements for your system 'windows_amd64'",
      ),
    ).toContain('hideakitai/TaskManager');
    expect(fixText('Android NDK: Module run_root_shell depends on undefined modules: cutils c dl log')).toContain('run_root_shell');
    expect(fixText('shared:ERROR: emcc: cannot find library "elf" (-s ERROR_ON_MISSING_LIBRARIES=0 to disable this error)')).toContain('-lelf');
    expect(fixText("  Failed to resolve component 'logic_analyzer' required by component 'main':\n  unknown name.")).toContain('logic_analyzer');
    expect(fixText("Error during build: Platform 'Arduino:avr' not found: platform not installed")).toContain('arduino:avr');
    expect(fixText('Multiple libraries were found for "nRF24L01.h"\n Used: D:\\My Documents\\Arduino\\libraries\\RF24-master')).toContain(
      'nRF24L01.h',
    );
    expect(
      fixText('error: undefined symbol: sqlite3_close\nwarning: To disable errors for undefined symbols use `-s ERROR_ON_UNDEFINED_SYMBOLS=0`'),
    ).toContain('sqlite3_close');
  });
});

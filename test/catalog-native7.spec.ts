/**
 * A seventh catalog pass over C and C++, from run-time reports and firmware builds pasted in issue threads: LeakSanitizer's
 * SUMMARY line and leak records without the report's header, valgrind's LEAK SUMMARY and its possibly lost and
 * "(direct, indirect)" loss records, the signal in systemd-coredump's and Open MPI's crash records, the stack protector's
 * message escaped by Markdown, tcmalloc's invalid free, the ESP32's task watchdog, FreeRTOS stack overflow, ESP_ERROR_CHECK
 * and ESP-IDF's asserts, newlib's assert, the ESP8266 Arduino core's exception dump, the Arduino IDE's "Sketch too big",
 * the kernel's modpost, general protection fault, page fault Oops and "Attempted to kill init" panic, and Zephyr's
 * devicetree and fatal errors. Pure: the rules engine alone.
 */
import { expectRecognised } from './support/recognised';

describe("the C/C++ family's seventh catalog pass", () => {
  it.each([
    [
      '           PID: 2150 (neomutt)\n           UID: 1000 (amd)\n           GID: 1000 (amd)\n        Signal: 6 (ABRT)\n     Timestamp: Wed 2023-05-17 14:55:48 EDT (17min ago)\n  Command Line: neomutt\n    Executable: /usr/bin/neomutt\n       Message: Process 2150 (neomutt) of user 1000 dumped core.\n\n                Stack trace of thread 2150:\n                #0  0x00007feab049f26c n/a (libc.so.6 + 0x8926c)\n                #1  0x00007feab044fa08 raise (libc.so.6 + 0x39a08)\n                #2  0x00007feab0438538 abort (libc.so.6 + 0x22538)\n                #3  0x00007feab04392db n/a (libc.so.6 + 0x232db)\n                #4  0x00007feab04a91b7 n/a (libc.so.6 + 0x931b7)\n                #5  0x00007feab04ab6ae n/a (libc.so.6 + 0x956ae)\n                #6  0x00007feab04adcb3 __libc_free (libc.so.6 + 0x97cb3)',
      'c',
      'aborted',
    ],
    [
      '[nikolas-oldpc:14237] *** Process received signal ***\n[nikolas-oldpc:14237] Signal: Aborted (6)\n[nikolas-oldpc:14237] Signal code:  (-6)\n[nikolas-oldpc:14237] [ 0] /lib/x86_64-linux-gnu/libc.so.6(+0x354b0)[0x7f1f0ee0c4b0]\n[nikolas-oldpc:14237] [ 1] /lib/x86_64-linux-gnu/libc.so.6(gsignal+0x38)[0x7f1f0ee0c428]\n[nikolas-oldpc:14237] [ 2] /lib/x86_64-linux-gnu/libc.so.6(abort+0x16a)[0x7f1f0ee0e02a]\n[nikolas-oldpc:14237] [ 3] /lib/x86_64-linux-gnu/libc.so.6(+0x777ea)[0x7f1f0ee4e7ea]\n[nikolas-oldpc:14237] [ 4] /lib/x86_64-linux-gnu/libc.so.6(+0x82aec)[0x7f1f0ee59aec]\n[nikolas-oldpc:14237] [ 5] /lib/x86_64-linux-gnu/libc.so.6(__libc_malloc+0x54)[0x7f1f0ee5b184]\n[nikolas-oldpc:14237] [ 6] /usr/lib/x86_64-linux-gnu/libstdc++.so.6(_Znwm+0x18)[0x7f1f0f96fe78]',
      'cpp',
      'aborted',
    ],
    [
      '~/twister-core/src$ ./twisterd -rpcuser=user -rpcpassword=pwd\n**\\* stack smashing detected ***: ./twisterd terminated\n======= Backtrace: =========\n/lib/i386-linux-gnu/i686/cmov/libc.so.6(__fortify_fail+0x50)[0xb70b13c0]\n/lib/i386-linux-gnu/i686/cmov/libc.so.6(+0xea36a)[0xb70b136a]\n./twisterd[0x81d572f]',
      'c',
      'stack smashing detected',
    ],
    ['src/tcmalloc.cc:278] Attempt to free invalid pointer 0x2183da8 Aborted (core dumped)\n', 'cpp', 'invalid pointer'],
    ['Último mensaje del fsanitize: \nSUMMARY: AddressSanitizer: 31051 byte(s) leaked in 1906 allocation(s).', 'c', 'memory leak'],
    [
      '$ eshkol-run hello.esk -o hello        # ASAN_OPTIONS exactly as ci.yml exports them\nSUMMARY: AddressSanitizer: 248387 byte(s) leaked in 28748 allocation(s).\nEXIT = 0',
      'c',
      'memory leak',
    ],
    [
      'Indirect leak of 4 byte(s) in 1 object(s) allocated from:\n    #0 0x7f73d7f6893f in __interceptor_malloc (/lib64/libasan.so.6+0xae93f)\n    #1 0x7f73d75f9ac6 in re_node_set_init_copy /usr/src/debug/glibc-2.33-20.fc34.x86_64/posix/regex_internal.c:1034\n    #2 0x60200001784f  (<unknown module>)\n\nSUMMARY: AddressSanitizer: 204111 byte(s) leaked in 1618 allocation(s).',
      'c',
      'memory leak',
    ],
    [
      "$ valgrind ./a.out\n==49== Memcheck, a memory error detector\n==49== Copyright (C) 2002-2013, and GNU GPL'd, by Julian Seward et al.\n==49== Using Valgrind-3.10.1 and LibVEX; rerun with -h for copyright info\n==49== Command: ./a.out\n==49== \n==49== \n==49== HEAP SUMMARY:\n==49==     in use at exit: 4 bytes in 1 blocks\n==49==   total heap usage: 1 allocs, 0 frees, 4 bytes allocated\n==49== \n==49== LEAK SUMMARY:\n==49==    definitely lost: 4 bytes in 1 blocks\n==49==    indirectly lost: 0 bytes in 0 blocks\n==49==      possibly lost: 0 bytes in 0 blocks\n==49==    still reachable: 0 bytes in 0 blocks\n==49==         suppressed: 0 bytes in 0 blocks\n==49== Rerun with --leak-check=full to see details of leaked memory\n==49== \n==49== For counts of detected and suppressed errors, rerun with: -v\n==49== ERROR SUMMARY: 0 errors from 0 contexts (suppressed: 0 from 0)",
      'c',
      'memory leak',
    ],
    [
      '==17716== HEAP SUMMARY:\n==17716==     in use at exit: 8,032 bytes in 502 blocks\n==17716==   total heap usage: 1,004 allocs, 502 frees, 120,480 bytes allocated\n==17716==\n==17716== 8,032 (16 direct, 8,016 indirect) bytes in 1 blocks are definitely lost in loss record 2 of 2\n==17716==    at 0x4C29BE3: malloc (vg_replace_malloc.c:299)\n==17716==    by 0x4013C8: addHead (linker.c:66)\n==17716==    by 0x400E58: main (main.c:106)\n==17716==\n==17716== LEAK SUMMARY:\n==17716==    definitely lost: 16 bytes in 1 blocks\n==17716==    indirectly lost: 8,016 bytes in 501 blocks\n==17716==      possibly lost: 0 bytes in 0 blocks\n==17716==    still reachable: 0 bytes in 0 blocks\n==17716==         suppressed: 0 bytes in 0 blocks',
      'c',
      'memory leak',
    ],
    [
      '==8053== 16 bytes in 1 blocks are possibly lost in loss record 89 of 241\n==8053==    at 0x4C2DF55: calloc (in /usr/lib/valgrind/vgpreload_memcheck-amd64-linux.so)\n==8053==    by 0x716B080: g_malloc0 (in /usr/lib/libglib-2.0.so.0.5200.3)\n==8053==    by 0x6EF588E: ??? (in /usr/lib/libgobject-2.0.so.0.5200.3)',
      'c',
      'memory leak',
    ],
    [
      'Task watchdog got triggered. The following tasks did not reset the watchdog in time:\n - mp_task (CPU 1)\nTasks currently running:\nCPU 0: IDLE\nCPU 1: IDLE',
      'cpp',
      'Task watchdog got triggered',
    ],
    [
      'E (2193387) task_wdt: Task watchdog got triggered. The following tasks/users did not reset the watchdog in time:\nE (2193387) task_wdt:  - gnarl (CPU 0/1)\nE (2193387) task_wdt: Tasks currently running:\nE (2193387) task_wdt: CPU 0: IDLE\nE (2193387) task_wdt: CPU 1: IDLE\nE (2193387) task_wdt: Print CPU 0 (current core) backtrace',
      'cpp',
      'Task watchdog got triggered',
    ],
    [
      'E (905294) task_wdt: Task watchdog got triggered. The following tasks did not reset the watchdog in time:␍␊\n[19:46:42:120] E (905294) task_wdt:  - loopTask (CPU 1)␍␊\n[19:46:42:123] E (905294) task_wdt: Tasks currently running:␍␊\n[19:46:42:129] E (905294) task_wdt: CPU 0: IDLE0␍␊\n[19:46:42:131] E (905294) task_wdt: CPU 1: loopTask␍␊\n[19:46:42:134] E (905294) task_wdt: Aborting.␍␊\n[19:46:42:137] abort() was called at PC 0x40131498 on core 0␍␊\n[19:46:42:140] ␍␊\n[19:46:42:140] ELF file SHA256: 0000000000000000␍␊',
      'cpp',
      'Task watchdog got triggered',
    ],
    [
      'E (14325) task_wdt: Task watchdog got triggered. The following tasks did not reset the watchdog in time:\nE (14325) task_wdt:  - IDLE (CPU 0)\nE (14325) task_wdt: Tasks currently running:\nE (14325) task_wdt: CPU 0: main\nE (14325) task_wdt: CPU 1: IDLE\nE (14325) task_wdt: Print CPU 0 (current core) backtrace\n\nBacktrace:0x400E0DC4:0x3FFB06F0 0x40082EA5:0x3FFB0710 0x400D19C4:0x3FFB5FC0 0x400D11C1:0x3FFB6020 0x400D12D3:0x3FFB6040 0x400D166A:0x3FFB60C0 0x400EF284:0x3FFB6100 0x40089851:0x3FFB6120\n  #0  0x400E0DC4:0x3FFB06F0 in task_wdt_isr at C:\\Users\\Administrator\\.platformio\\packages\\framework-espidf\\components\\esp_common\\src/task_wdt.c:189    \n  #1  0x40082EA5:0x3FFB0710 in _xt_lowint1 at C:\\Users\\Administrator\\.platformio\\packages\\framework-espidf\\components\\freertos\\port\\xtensa/xtensa_vectors.S:1105\n  #2  0x400D19C4:0x3FFB5FC0 in inflate at lib/zlib/inflate.c:656\n  #3  0x400D11C1:0x3FFB6020 in GZipFile::read(unsigned char*, unsigned int) at src/GZipFile.cpp:42',
      'cpp',
      'Task watchdog got triggered',
    ],
    [
      'entry 0x400806b8\nE (10325) task_wdt: Task watchdog got triggered. The following tasks did not reset the watchdog in time:\nE (10325) task_wdt:  - IDLE0 (CPU 0)\nE (10325) task_wdt: Tasks currently running:\nE (10325) task_wdt: CPU 0: loopTask\nE (10325) task_wdt: Aborting.\nabort() was called at PC 0x400d1537 on core 0\n\nBacktrace: 0x4008a0a8:0x3ffbe370 0x4008a2b5:0x3ffbe390 0x400d1537:0x3ffbe3b0 0x40083bce:0x3ffbe3d0 0x400e62ab:0x3ffb1fb0 0x400874dd:0x3ffb1fd0\n\nRebooting...',
      'cpp',
      'Task watchdog got triggered',
    ],
    [
      'I (10802) gfx: Sent queued notification: {"queued":2}\nE (15793) task_wdt: Task watchdog got triggered. The following tasks/users did not reset the watchdog in time:\nE (15793) task_wdt:  - IDLE1 (CPU 1)\nE (15793) task_wdt: Tasks currently running:\nE (15793) task_wdt: CPU 0: IDLE0\nE (15793) task_wdt: CPU 1: gfx_loop\nE (15793) task_wdt: Print CPU 1 backtrace\n\nBacktrace: 0x40377CEE:0x3FC9E1D0 0x40377241:0x3FC9E1F0 0x4200D41F:0x3FCB1670 0x4200D939:0x3FCB16D0',
      'cpp',
      'Task watchdog got triggered',
    ],
    [
      'Exception (4):\nepc1=0x4020d379 epc2=0x00000000 epc3=0x00000000 excvaddr=0x00000000 depc=0x00000000\n\n>>>stack>>>\n\nctx: cont\nsp: 3fff1250 end: 3fff13d0 offset: 0160\n3fff13b0:  3fffdad0 00000000 3fff1400 402247c4  \n3fff13c0:  feefeffe feefeffe 3fffdab0 401002b1  \n<<<stack<<<\n\n--------------- CUT HERE FOR EXCEPTION DECODER ---------------',
      'cpp',
      'Level1Interrupt',
    ],
    [
      'Exception (28):\nepc1=0x40106b49 epc2=0x00000000 epc3=0x00000000 excvaddr=0x00000000 depc=0x00000000\n\nctx: cont \nsp: 3ffffbe0 end: 3fffffd0 offset: 01a0',
      'cpp',
      'LoadProhibited',
    ],
    [
      '--------------- CUT HERE FOR EXCEPTION DECODER ---------------\n\nException (3):\nepc1=0x40100689 epc2=0x00000000 epc3=0x00000000 excvaddr=0x40003b70 depc=0x00000000\n\n>>>stack>>>',
      'cpp',
      'LoadStoreError',
    ],
    [
      'Exception (29):\nepc1=0x4000e1c3 epc2=0x00000000 epc3=0x00000000 excvaddr=0x00000018 depc=0x00000000\n\nctx: cont \nsp: 3fff09e0 end: 3fff0e10 offset: 01a0\n\n>>>stack>>>\n3fff0b80:  3fff2050 00000182 40233fb0 4020bc0a  ',
      'cpp',
      'StoreProhibited',
    ],
    [
      'JLdevice_aes_decrypt***ERROR*** A stack overflow in task wifi has been detected.\nabort() was called at PC 0x4009355c on core 0\n0x4009355c: vApplicationStackOverflowHook at E:/Espressif/Esp32/esp-idf/home/XuHongYss/esp-idf-3.1/esp-idf/components/esp32/panic.c:649\n\n\nBacktrace: 0x4009336c:0x3ffdf0b0 0x40093543:0x3ffdf0d0 0x4009355c:0x3ffdf0f0 0x40090018:0x3ffdf110 0x40091ebc:0x3ffdf130 0x40091e72:0x000000ea',
      'cpp',
      'stack overflow',
    ],
    [
      "*** SENSOR IP (network 'cosmos-test') http://10.42.0.163\nESC[0m\n***ERROR*** A stack overflow in task eventTask has been detected.\nabort() was called at PC 0x400874f4 on core 0\n\nBacktrace: 0x400873dc:0x3ffbe540 0x400874db:0x3ffbe560 0x400874f4:0x3ffbe580 0x40084ce9:0x3ffbe5a0 0x400863b0:0x3ffbe5c0 0x4008636a:0x00000000\n\nRebooting...",
      'cpp',
      'stack overflow',
    ],
    [
      '  GEN     .vmlinux.objs\n  MODPOST Module.symvers\nERROR: modpost: "dcache_clean_poc" [drivers/rknpu/rknpu.ko] undefined!\nERROR: modpost: "dcache_inval_poc" [drivers/rknpu/rknpu.ko] undefined!\nERROR: modpost: "iommu_get_dma_cookie" [drivers/rknpu/rknpu.ko] undefined!\nmake[1]: *** [scripts/Makefile.modpost:186: Module.symvers] Error 1\nmake: *** [Makefile:2009: modpost] Error 2',
      'c',
      'undefined reference',
    ],
    [
      'ERROR: modpost: "__arch_copy_to_user" [/root/RTL8811CU_for_Raspbian/8821cu.ko] undefined!\nmake[2]: *** [scripts/Makefile.modpost:111: /root/RTL8811CU_for_Raspbian/Module.symvers] Error 1\nmake[2]: *** Deleting file \'/root/RTL8811CU_for_Raspbian/Module.symvers\'\nmake[1]: *** [Makefile:1708: modules] Error 2',
      'c',
      'undefined reference',
    ],
    [
      '  MODPOST /home/ab/USB-SPI/mcp2210-linux-master/Module.symvers\nERROR: modpost: "irq_to_desc" [/home/ab/USB-SPI/mcp2210-linux-master/mcp2210.ko] undefined!',
      'c',
      'undefined reference',
    ],
    [
      'make[2]: Entering directory \'/usr/src/linux-headers-6.5.0-13-generic\'\nwarning: the compiler differs from the one used to build the kernel\n  The kernel was built by: x86_64-linux-gnu-gcc-13 (Ubuntu 13.2.0-4ubuntu3) 13.2.0\n  You are using:           gcc-13 (Ubuntu 13.2.0-4ubuntu3) 13.2.0\n  MODPOST /home/raiton/Downloads/vmware-host-modules-w17.0.2/vmmon-only/Module.symvers\nERROR: modpost: "__pte_offset_map" [/home/raiton/Downloads/vmware-host-modules-w17.0.2/vmmon-only/vmmon.ko] undefined!\nmake[4]: *** [scripts/Makefile.modpost:144: /home/raiton/Downloads/vmware-host-modules-w17.0.2/vmmon-only/Module.symvers] Error 1\nmake[3]: *** [/usr/src/linux-headers-6.5.0-13-generic/Makefile:1989: modpost] Error 2',
      'c',
      'undefined reference',
    ],
    [
      'MODPOST Module.symvers\nERROR: modpost: "kmemdup" [fs/nfs/nfs.ko] undefined!\nERROR: modpost: "kmemdup" [fs/nfs/blocklayout/blocklayoutdriver.ko] undefined!\nWARNING: modpost: suppressed 52 unresolved symbol warnings because there were too many)\nmake[1]: *** [scripts/Makefile.modpost:136: Module.symvers] Error 1\nmake: *** [Makefile:1978: modpost] Error 2',
      'c',
      'undefined reference',
    ],
    [
      'ERROR: modpost: "regfree" [/root/aids-dpi/aids-dpi.ko] undefined!\nERROR: modpost: "regexec_s" [/root/aids-dpi/aids-dpi.ko] undefined!\nERROR: modpost: "regcomp_s" [/root/aids-dpi/aids-dpi.ko] undefined!\nmake[2]: *** [scripts/Makefile.modpost:111: /root/aids-dpi/Module.symvers] Error 1',
      'c',
      'undefined reference',
    ],
    [
      '    -- Found BOARD.dts: /home/vboxuser/zephyrproject/zephyr/boards/olimex/stm32_e407/olimex_stm32_e407.dts\n    -- Found devicetree overlay: /home/vboxuser/zephyrproject/zephyr/micro_ros_zephyr_module/app.overlay\n    devicetree error: Label \'zephyr_udc0\' appears on /soc/usb@40040000 and on /soc/usb@50000000\n    CMake Error at /home/vboxuser/zephyrproject/zephyr/cmake/modules/dts.cmake:303 (execute_process):\n      execute_process failed command indexes:\n\n        1: "Child return code: 1"',
      'c',
      'devicetree error',
    ],
    [
      "-- Found BOARD.dts: /__w/zephyr/zephyr/boards/sifive/hifive_unmatched/hifive_unmatched_s7.dts\n-- Found devicetree overlay: /__w/zephyr/zephyr/tests/kernel/device/boards/hifive_unmatched_fu740_s7.overlay\ndevicetree error: <Node /fakedomain_2 in '/__w/zephyr/zephyr/misc/empty_file.c'> lacks #power-domain-cells\nCMake Error at /__w/zephyr/zephyr/cmake/modules/dts.cmake:",
      'c',
      'devicetree error',
    ],
    [
      'Jun  4 22:32:45 kernel: [   18.475324] general protection fault, probably for non-canonical address 0x8030000000000000: 0000 [#1] SMP PTI\nJun  4 22:32:45 kernel: [   18.475364] CPU: 1 PID: 1675 Comm: W-Q0 Not tainted 5.6.16-default #1\nJun  4 22:32:45 kernel: [   18.475383] Hardware name: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.10.2-1 04/01/2014\nJun  4 22:32:45 kernel: [   18.475415] RIP: 0010:0xffffffffc06b4f00',
      'c',
      'general protection fault',
    ],
    [
      'May 14 11:51:42 kali kernel: [  216.931592] general protection fault: 0000 [#1] SMP PTI\nMay 14 11:51:42 kali kernel: [  216.931596] Modules linked in: joydev vmw_balloon sg evdev serio_raw intel_rapl_perf pcspkr vmw_vsock_vmci_transport vsock vmw_vmci shpchp vmwgfx ttm drm_kms_helper drm ac button binfmt_misc fuse ip_tables x_tables autofs4 hid_generic ext4 crc16 mbcache usbhid hid jbd2 crc32c_generic',
      'c',
      'general protection fault',
    ],
    [
      '[ 2749.048047] general protection fault: 0000 [#1] SMP \n[ 2749.049026] Modules linked in: xt_mac xt_mark veth ip_set_hash_net nf_conntrack_ipv6 nf_defrag_ipv6 xt_comment xt_set ip_set_hash_ip ip_set nfnetlink ipip tunnel4 ip_tunnel ip6table_filter ip6_tables\n[ 2749.049026] CPU: 0 PID: 0 Comm: swapper/0 Not tainted 4.1.4-coreos-r1 #2\n[ 2749.049026] Hardware name: Google Google, BIOS Google 01/01/2011\n[ 2749.049026] RIP: 0010:[<ffffffff814818df>]  [<ffffffff814818df>] ipv4_dst_destroy+0x3f/0x80',
      'c',
      'general protection fault',
    ],
    [
      '[   13.079767] general protection fault: 0000 [#1] SMP PTI\n[   13.079870] CPU: 6 PID: 573 Comm: systemd-udevd Not tainted 5.1.0+ #7\n[   13.080087] RIP: 0010:strcmp+0x8/0x20',
      'c',
      'general protection fault',
    ],
    [
      '[  188.868899] general protection fault: 0000 [#1] SMP NOPTI\n[  188.868904] CPU: 2 PID: 4093 Comm: insmod Tainted: G           OE     4.19.19 #11\n[  188.868906] Hardware name: VMware, Inc. VMware Virtual Platform/440BX Desktop Reference Platform, BIOS 6.00 11/12/2020\n[  188.868910] RIP: 0010:ku_setup_inst_retired+0x29/0xf0 [kutrace_mod]',
      'c',
      'general protection fault',
    ],
    [
      'Thu Aug 11 22:52:54 2022 kern.info kernel: [   37.498052] traps: check[3654] general protection fault ip:8049007 sp:ffd563a0 error:402 in check[8049000+1000]',
      'c',
      'general protection fault',
    ],
    [
      'Sketch uses 3150233 bytes (100%) of program storage space. Maximum is 3145728 bytes.\nGlobal variables use 47448 bytes (14%) of dynamic memory, leaving 280232 bytes for local variables. Maximum is 327680 bytes.\nSketch too big; see https://support.arduino.cc/hc/en-us/articles/360013825179 for tips on reducing it.\ntext section exceeds available space in board\n\nCompilation error: text section exceeds available space in board',
      'cpp',
      'Sketch too big',
    ],
    [
      'Sketch uses 1447276 bytes (110%) of program storage space. Maximum is 1310720 bytes.\nGlobal variables use 52244 bytes (15%) of dynamic memory, leaving 275436 bytes for local variables. Maximum is 327680 bytes.\nSketch too big; \ntext section exceeds available space in board\nCompilation error: text section exceeds available space in board',
      'cpp',
      'Sketch too big',
    ],
    [
      "Le croquis utilise 1442768 octets (110%) de l'espace de stockage de programmes. Le maximum est de 1310720 octets.\nLes variables globales utilisent 158308 octets (48%) de mémoire dynamique, ce qui laisse 169372 octets pour les variables locales. Le maximum est de 327680 octets.\nCroquis trop gros; vois https://support.arduino.cc/hc/en-us/articles/360013825179 pour des conseils de réduction.\ntext section exceeds available space in board\n\nCompilation error: text section exceeds available space in board",
      'cpp',
      'Sketch too big',
    ],
    [
      'Sketch too big; see https://support.arduino.cc/hc/en-us/articles/360013825179 for tips on reducing it.\ntext section exceeds available space in board\n\nCompilation error: text section exceeds available space in board\n',
      'cpp',
      'Sketch too big',
    ],
    [
      ' Kernel panic - not syncing: Attempted to kill init! exitcode=0x0000000b\n[   14.478546] \n[   14.478678] [<80014428>](unwind_backtrace+0x0/0xf8) from [<803643a8>](panic+0x84/0x1dc)\n[   14.478795] [<803643a8>](panic+0x84/0x1dc) from [<80025de8>](do_exit+0x700/0x7cc)',
      'c',
      'Attempted to kill init',
    ],
    [
      '[    2.736699] Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000000                \n[    2.736699]                                                                                        \n[    2.745841] CPU: 0 PID: 1 Comm: sh Not tainted 3.18.11 #15                                         \n[    2.751360] [<80017670>] (unwind_backtrace) from [<8001328c>] (show_stack+0x20/0x24)               ',
      'c',
      'Attempted to kill init',
    ],
    [
      '---[ end trace 557b6545dd4e5fa2 ]---\nKernel panic - not syncing: Attempted to kill init! exitcode=0x0000000b',
      'c',
      'Attempted to kill init',
    ],
    [
      '<6>[    3.850209] Freeing unused kernel memory: 6144K\n<0>[    3.985537] Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000100\n<0>[    3.985537] \n<4>[    3.985549] CPU: 2 PID: 1 Comm: init Tainted: G S      W       4.14.356-openela-rc1-perf-g9eacaaff21e8 #2',
      'c',
      'Attempted to kill init',
    ],
    ['`cachyos-x8664 kernel: BUG: unable to handle page fault for address: 0000000000002420`', 'c', 'unable to handle page fault'],
    [
      '[   76.455151] BUG: unable to handle page fault for address: 00000001003e000b\n[   76.455155] #PF: supervisor read access in kernel mode\n[   76.455156] #PF: error_code(0x0000) - not-present page\n[   76.455156] PGD 114bde067 P4D 114bde067 PUD 0\n[   76.455158] Oops: 0000 [#1] PREEMPT SMP NOPTI\n...\n[   76.455173] Call Trace:\n[   76.455175]  <TASK>\n[   76.455179]  ? bchfs_read.isra.0+0x189/0xf70\n[   76.455180]  bch2_readahead+0x4e5/0x680',
      'c',
      'unable to handle page fault',
    ],
    [
      '[   57.658354][  T650] BUG: unable to handle page fault for address: ffff888058a67000\n[   57.659526][  T650] #PF: supervisor write access in kernel mode\n[   57.659526][  T650] #PF: error_code(0x000b) - reserved bit violation\n[   57.659526][  T650] PGD 2e01067 P4D 2e01067 PUD 2e04067 PMD 58a30063 PTE 800fffffa7598063\n[   57.659526][  T650] Oops: 000b [#3] SMP NOPTI\n[   57.659526][  T650] CPU: 1 PID: 650 Comm: bash Tainted: G      D W  O      5.2.0-rc4-popcorn+ #15\n[   57.659526][  T650] RIP: 0010:clear_page_orig+0x12/0x40',
      'c',
      'unable to handle page fault',
    ],
    [
      'Aug 30 10:27:04 phenom kernel: BUG: unable to handle page fault for address: 000000000000a954\nAug 30 10:27:04 phenom kernel: #PF: supervisor read access in kernel mode\nAug 30 10:27:04 phenom kernel: #PF: error_code(0x0000) - not-present page\nAug 30 10:27:04 phenom kernel: PGD 0 P4D 0\nAug 30 10:27:04 phenom kernel: Oops: 0000 [#1] PREEMPT SMP NOPTI\nAug 30 10:27:04 phenom kernel: CPU: 0 PID: 55 Comm: kswapd0 Tainted: G        W  OE     5.18.0+ #3\nAug 30 10:27:04 phenom kernel: RIP: 0010:bch2_clear_page_bits+0x35/0xd0 [bcachefs]',
      'c',
      'unable to handle page fault',
    ],
    [
      ' BUG: unable to handle kernel paging request at ffffe0f000020000\n[13968.479004] PGD 0 P4D 0 \n[13968.479005] Oops: 0002 [#1] SMP NOPTI\n[13968.479006] CPU: 2 PID: 88761 Comm: insmod Tainted: G           O      4.19.0-amd64-desktop #7112\n[13968.479011] RIP: 0010:memset_erms+0x9/0x10',
      'c',
      'unable to handle kernel paging request',
    ],
    [
      '[root@fedora-starfive gpio]# [38179.087918] Unable to handle kernel paging request at virtual address 00000061fed09482\n[38179.096079] Oops [#1]\n[38179.098421] Modules linked in: nft_fib_inet nft_fib_ipv4 nft_fib_ipv6 nft_fib nft_reject_inet nf_reject_ipv4 nf_reject_ipv6 nft_reject nft_ct nft_chain_nat nf_tables\n[38179.140298] CPU: 0 PID: 1842 Comm: kworker/0:1H Tainted: G        W         5.10.6+ #26',
      'c',
      'unable to handle kernel paging request',
    ],
    [
      'Unable to handle kernel paging request at virtual address ffffffff\npgd = cfb20000\n[ffffffff] *pgd=4fffd871, *pte=00000000, *ppte=00000000\nInternal error: Oops: 1 [#1] ARM\nModules linked in:\nCPU: 0 PID: 512 Comm: kworker/0:2 Not tainted 4.3.5-openbmc-20160212-1 #1\nPC is at drain_array+0x18/0xec\nLR is at cache_reap+0x54/0x114\n',
      'c',
      'unable to handle kernel paging request',
    ],
    [
      'GAP procedure initiated: stop advertising.\nGAP procedure initiated: terminate connection; conn_handle=0 hci_reason=19\nESP_ERROR_CHECK_WITHOUT_ABORT failed: esp_err_t 0x103 (ESP_ERR_INVALID_STATE) at 0x400902bb\n0x400902bb: _esp_error_check_failed_without_abort at /home/proz/work/esp32/esp-idf/components/esp_system/esp_err.c:37\n\nfile: "IDF/components/bt/host/nimble/nimble/porting/npl/freertos/src/npl_os_freertos.c" line 371\nfunc: npl_freertos_callout_deinit\nexpression: esp_timer_stop(co->handle)',
      'cpp',
      'ESP_ERR_INVALID_STATE',
    ],
    [
      'Decoding stack results\n0x4008305d: panic_abort at /home/runner/work/esp32-arduino-lib-builder/esp32-arduino-lib-builder/esp-idf/components/esp_system/panic.c line 402\n0x4008b271: esp_system_abort at /home/runner/work/esp32-arduino-lib-builder/esp32-arduino-lib-builder/esp-idf/components/esp_system/esp_system.c line 129\n0x40090335: __assert_func at /home/runner/work/esp32-arduino-lib-builder/esp32-arduino-lib-builder/esp-idf/components/newlib/assert.c line 85\n0x4008c1d1: xQueueSemaphoreTake at /home/runner/work/esp32-arduino-lib-builder/esp32-arduino-lib-builder/esp-idf/components/freertos/queue.c line 1545\n0x400d3766: ledcWrite at C:\\Users\\user\\AppData\\Local\\Arduino15\\packages\\esp32\\hardware\\esp32\\2.0.1-RC1\\cores\\esp32\\esp32-hal-ledc.c line 235\n0x400d2201: OnDataRecv(unsigned char const*, unsigned char const*, int) at C:\\Users\\user\\Documents\\Arduino\\project\\v1.1\\reciver/reciver.ino line 71',
      'cpp',
      'assertion failed',
    ],
    [
      '/Users/ficeto/Desktop/ESP32/ESP32/esp-idf-public/components/freertos/./queue.c:1441 (xQueueGenericReceive)- assert failed!\nabort() was called at PC 0x40084701 on core 1\n\nBacktrace: 0x40087360:0x3ffcd070 0x4008745f:0x3ffcd090 0x40084701:0x3ffcd0b0 0x400d0a33:0x3ffcd0f0',
      'cpp',
      'assertion failed',
    ],
    [
      'assertion "pxQueue->uxItemSize == 0" failed: file "../esp-idf/components/freertos/queue.c", line 1445, function: xQueueSemaphoreTake',
      'c',
      'assertion failed',
    ],
    [
      'START - test_fatal\ncpu exception\nE: ***** USAGE FAULT *****\nE:   Illegal use of the EPSR\nE: r0/a1:  0x0000000e  r1/a2:  0x0000000a  r2/a3:  0x90000000\nE: r3/a4:  0x20000c3c r12/ip:  0x00000043 r14/lr:  0x000003d7\nE:  xpsr:  0x40000000\nE: Faulting instruction address (r15/pc): 0x20000c3c\nE: >>> ZEPHYR FATAL ERROR 0: CPU exception on CPU 0\nE: Current thread: (nil) (unknown)',
      'c',
      'USAGE FAULT',
    ],
    [
      '[00:00:00.006,744] ␛[1;31m<err> os: r3/a4:  0x00000052 r12/ip:  0x20000c20 r14/lr:  0x00009127␛[0m\n[00:00:00.006,744] ␛[1;31m<err> os:  xpsr:  0x21000000␛[0m\n[00:00:00.006,744] ␛[1;31m<err> os: Faulting instruction address (r15/pc): 0x0000a506␛[0m\n[00:00:00.006,744] ␛[1;31m<err> os: >>> ZEPHYR FATAL ERROR 0: CPU exception on CPU 0␛[0m\n[00:00:00.006,744] ␛[1;31m<err> os: Current thread: 0x20001340 (unknown)␛[0m\n[00:00:00.068,939] ␛[1;31m<err> os: Halting system␛[0m',
      'c',
      'CPU exception',
    ],
    [
      'E: ***** DATA ABORT *****\nE: Permission Fault @ 0x317a2d18\nE: r0/a1:  0x00000000  r1/a2:  0x00000000  r2/a3:  0x00000000\nE: Faulting instruction address (r15/pc): 0x317802d0\nE: >>> ZEPHYR FATAL ERROR 0: CPU exception on CPU 0\nE: Current thread: 0x317a2580 (unknown)',
      'c',
      'DATA ABORT',
    ],
    [
      'Backtrace:0xa0031f50:0xa003e5b0 0xa0034055:0xa003e5c0 0xa003932e:0xa003e5e0 0xa0032bfa:0xa003e610 0xa0033607:0xa003e630 \n\nE: >>> ZEPHYR FATAL ERROR 4: Kernel panic on CPU 4\nE: Current thread: 0x40045240 (unknown)\n',
      'c',
      'Kernel panic',
    ],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the seventh pass keeps the answers of nearby texts', () => {
  it.each([
    [
      '==5== LEAK SUMMARY:\n==5==    definitely lost: 0 bytes in 0 blocks\n==5==    indirectly lost: 0 bytes in 0 blocks\n==5==      possibly lost: 0 bytes in 0 blocks\n==5== ERROR SUMMARY: 0 errors from 0 contexts (suppressed: 0 from 0)',
      'unknown',
      'unknown error',
    ],
    // No pattern claims a modpost warning; the fallback still places it as a kernel module's (C) build.
    ['WARNING: modpost: "_printk" [build/hello.ko] undefined!', 'c', 'unknown error'],
    ['abort() was called at PC 0x400d1537 on core 0\n\nBacktrace: 0x4008a0a8:0x3ffbe370 0x4008a2b5:0x3ffbe390', 'cpp', 'abort() was called'],
    [
      '[ 5797.598826] BUG: unable to handle kernel NULL pointer dereference at 000000000000000a\n[ 5797.607974] IP: [<ffffffffc0841d99>] octf_trace_push+0x19/0x240 [iotrace]\n[ 5797.619308] Oops: 0000 [#1] SMP\n[ 5797.700000] Kernel panic - not syncing: Fatal exception',
      'c',
      'kernel NULL pointer dereference',
    ],
    ['        Signal: 11 (SEGV)\n       Message: Process 812 (app) of user 1000 dumped core.', 'c', 'segmentation fault'],
    [
      '==1234==ERROR: LeakSanitizer: detected memory leaks\n\nDirect leak of 40 byte(s) in 1 object(s) allocated from:\n    #0 0x7f3b2c8b4808 in __interceptor_malloc ../../../../src/libsanitizer/asan/asan_malloc_linux.cpp:144\n    #1 0x55a5d1e0a1b7 in make_node /home/dev/app/list.c:8\n\nSUMMARY: AddressSanitizer: 40 byte(s) leaked in 1 allocation(s).',
      'c',
      'memory leak',
    ],
    [
      '==2048== Invalid write of size 4\n==2048==    at 0x1091A8: fill (main.c:9)\n==2048==    by 0x1091F3: main (main.c:17)\n==2048== LEAK SUMMARY:\n==2048==    definitely lost: 4 bytes in 1 blocks',
      'c',
      'Invalid write',
    ],
    [
      "Guru Meditation Error: Core  1 panic'ed (Unhandled debug exception). \nDebug exception reason: Stack canary watchpoint triggered (loopTask)",
      'cpp',
      'Unhandled debug exception',
    ],
    ['*** stack smashing detected ***: terminated\nAborted (core dumped)', 'c', 'stack smashing detected'],
    [
      'Sketch uses 924 bytes (2%) of program storage space. Maximum is 32256 bytes.\nGlobal variables use 9 bytes (0%) of dynamic memory, leaving 2039 bytes for local variables. Maximum is 2048 bytes.',
      'unknown',
      'unknown error',
    ],
    ['insmod: ERROR: could not insert module hello.ko: Invalid module format', 'shell', 'Invalid module format'],
    ['double free or corruption (!prev)\nAborted (core dumped)', 'c', 'double free'],
    ['free(): invalid pointer\nAborted (core dumped)\n', 'c', 'invalid pointer'],
    [
      'abort() was called at PC 0x40191a13 on core 1\n\nELF file SHA256: 0000000000000000\n\nBacktrace: 0x40093eb8:0x3ffeb3d0 0x40094131:0x3ffeb3f0 0x40191a13:0x3ffeb410 0x40191a5a:0x3ffeb430 0x40191133:0x3ffeb450\n\nRebooting...',
      'cpp',
      'abort() was called',
    ],
    [
      "Guru Meditation Error: Core  0 panic'ed (LoadProhibited). Exception was unhandled.\n\nCore  0 register dump:\nPC      : 0x4008b565  PS      : 0x00060f30  A0      : 0x800dc822  A1      : 0x3ffc3440  \nA2      : 0x3ffc3520  A3      : 0x00000000  A4      : 0x000000ff  A5      : 0x0000ff00  \nEXCVADDR: 0x00000000  LBEG    : 0x4008b565  LEND    : 0x4008b57d  LCOUNT  : 0xffffffff  \n\nBacktrace:0x4008b562:0x3ffc3440 0x400dc81f:0x3ffc3450 0x400d3962:0x3ffc3600 0x40209f3b:0x3ffc36a0",
      'cpp',
      'LoadProhibited',
    ],
    [
      "/usr/lib/gcc/arm-none-eabi/6.3.1/../../../arm-none-eabi/bin/ld: bootloader.elf section `.text' will not fit in region `FLASH'\n/usr/lib/gcc/arm-none-eabi/6.3.1/../../../arm-none-eabi/bin/ld: region `FLASH' overflowed by 5816 bytes\ncollect2: error: ld returned 1 exit status\nCMakeFiles/bootloader.dir/build.make:855: recipe for target 'bootloader.elf' failed\nmake[3]: *** [bootloader.elf] Error 1",
      'c',
      'region overflowed',
    ],
    [
      'Arduino: 1.6.9 (Windows 7), Board: "SparkFun Pro Micro, ATmega32U4 (5V, 16 MHz)"\n\nC:\\Users\\jy\\Documents\\Arduino\\libraries\\ArduinoSTL\\src\\ArduinoSTL.cpp:9:23: error: \'Serial\' was not declared in this scope\n\n   ohserialstream cout(Serial);\n\n                       ^\n\nexit status 1\nError compiling for board SparkFun Pro Micro.\n\nThis report would have more information with\n"Show verbose output during compilation"\noption enabled in File -> Preferences.',
      'cpp',
      'was not declared in this scope',
    ],
    [
      '==20068==ERROR: LeakSanitizer: detected memory leaks\n\nDirect leak of 240 byte(s) in 2 object(s) allocated from:\n    #0 0x7fa4d4163808 in __interceptor_malloc ../../../../src/libsanitizer/asan/asan_malloc_linux.cc:144\n    #1 0x5598029704d3 in alloc /home/lunatunez/hackem/src/alloc.c:46\n    #2 0x559802f62157 in mksobj /home/lunatunez/hackem/src/mkobj.c:829\n    #3 0x559802f5e477 in mkobj /home/lunatunez/hackem/src/mkobj.c:288\n    #7 0x5598035f8023 in main ../sys/unix/unixmain.c:353\n    #8 0x7fa4d3e2f082 in __libc_start_main ../csu/libc-start.c:308\n\nSUMMARY: AddressSanitizer: 240 byte(s) leaked in 2 allocation(s).',
      'c',
      'memory leak',
    ],
    [
      '*** stack smashing detected ***: abawaca terminated\n======= Backtrace: =========\n/lib64/libc.so.6(__fortify_fail+0x37)[0x7f99fdd5ed87]\n/lib64/libc.so.6(__fortify_fail+0x0)[0x7f99fdd5ed50]\nabawaca(+0x65f4)[0x55f2547ae5f4]\nabawaca(+0x3986)[0x55f2547ab986]\n/lib64/libc.so.6(__libc_start_main+0xf5)[0x7f99fdc70c05]',
      'c',
      'stack smashing detected',
    ],
    ['malloc(): corrupted top size\nAborted', 'c', 'heap corruption'],
    [
      "==733583==WARNING: MemorySanitizer: use-of-uninitialized-value\n    #0 0x7f2ef2cba726 in accelerate scs/src/accel.c:206:7\n    #1 0x7f2ef2cc89c8 in scs_solve scs/src/scs.c:893:9\n    #2 0x7f2ef2cd0a96 in scs scs/src/scs.c:994:5\n    ...\n\nUninitialized value was created by an allocation of 'info' in the stack frame of function 'solve_with_gesv'\n    #0 0x7f2ef2cbadd0 in solve_with_gesv third_party/scs/src/accel.c:159\n\nSUMMARY: MemorySanitizer: use-of-uninitialized-value third_party/scs/src/accel.c:206:7 in accelerate\nExiting",
      'c',
      'use-of-uninitialized-value',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

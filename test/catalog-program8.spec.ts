/**
 * The tenth-round program-catalog8 pass: errors of data and ML stacks and of Node ORMs as people paste them from
 * notebooks, issue threads and logs. PyTorch's device mismatch, matmul shapes, cuDNN statuses, device-side asserts,
 * NCCL failures and killed DataLoader workers (often without "RuntimeError:"); TensorFlow's "OOM when allocating
 * tensor" and "Failed to get convolution algorithm" (also under "N root error(s) found.", which read as JavaScript);
 * JAX's RESOURCE_EXHAUSTED and tracer errors; Hugging Face's "Can't load tokenizer for …", missing weight files,
 * offline hub lookups and the missing pad token; scikit-learn's NaN input and inconsistent sample counts; NumPy's
 * broadcast message alone; IPython's "XError      Traceback (most recent call last)" header; TypeORM's
 * EntityMetadataNotFoundError and RepositoryNotFoundError messages in JSON bodies. Prisma's P-codes, Sequelize's
 * connection errors and TypeORM's QueryFailedError, which the engine already answered, stay as guards with the
 * other texts it answered right. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the programs' eighth catalog pass (data and ML stacks, Node ORMs)", () => {
  it.each([
    ['Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu', 'python', 'RuntimeError'],
    ['cuDNN error: CUDNN_STATUS_NOT_INITIALIZED，who can solve this problem', 'python', 'RuntimeError'],
    ['NCCL error in: /torch/lib/c10d/ProcessGroupNCCL.cpp:260, unhandled system error', 'python', 'RuntimeError'],
    [
      "Can't load tokenizer for 'bert-base-uncased'. If you were trying to load it from 'https://huggingface.co/models', make sure you don't have a local directory with the same name. Otherwise, make sure 'bert-base-uncased' is the correct path to a directory containing all relevant files for a BertTokenizer tokenizer.",
      'python',
      'OSError',
    ],
    [
      '“””OSError: Can’t load tokenizer for ‘meta-llama/Llama-2-7b-hf’. If you were trying to load it from ‘[Models - Hugging Face](https://huggingface.co/models)’, make sure you don’t have a local directory with the same name. Otherwise, make sure ‘meta-llama/Llama-2-7b-hf’ is the correct path to a directory containing all relevant files for a LlamaTokenizer tokenizer.\n“””',
      'python',
      'OSError',
    ],
    [
      '{"error":"Error no file named pytorch_model.bin, model.safetensors, tf_model.h5, model.ckpt.index or flax_model.msgpack found in directory /app/models/PUNC-BERT/chinese-lert-base-tokenizer."}',
      'python',
      'OSError',
    ],
    [
      '{"level":"error","message":"[app] Application is crashed: EntityMetadataNotFound: No metadata for \\"User\\" was found."}',
      'javascript',
      'EntityMetadataNotFoundError',
    ],
    ['{"code":"500","message":"No metadata for \\"User\\" was found.","data":null}', 'javascript', 'EntityMetadataNotFoundError'],
    ["```\nInput contains NaN, infinity or a value too large for dtype('float64').\n```", 'python', 'ValueError'],
    ["提示“Input contains NaN, infinity or a value too large for dtype('float32')”", 'python', 'ValueError'],
    [
      'ResourceExhaustedError (see above for traceback): OOM when allocating tensor with shape[1,5095,3729,3]',
      'python',
      'ResourceExhaustedError',
    ],
    [
      'ResourceExhaustedError: 2 root error(s) found.\n  (0) Resource exhausted: OOM when allocating tensor with shape[16,112,112,147] and type float on /job:localhost/replica:0/task:0/device:GPU:0 by allocator GPU_0_bfc\n\t [[{{node resnet_v1_50/conv1/ExtractImagePatches}}]]\nHint: If you want to see a list of allocated tensors when OOM happens, add report_tensor_allocations_upon_oom to RunOptions for current allocation info.',
      'python',
      'ResourceExhaustedError',
    ],
    [
      'resource exhausted: oom when allocating tensor with shape[16,112,112,147] and type float on /job:localhost/replica:0/task:0/device:gpu:0 by allocator gpu_0_bfc',
      'python',
      'ResourceExhaustedError',
    ],
    [
      'jaxlib.xla_extension.XlaRuntimeError: RESOURCE_EXHAUSTED: Out of memory while trying to allocate 7406166528 bytes.',
      'python',
      'XlaRuntimeError',
    ],
    [
      'jaxlib.xla_extension.XlaRuntimeError: RESOURCE_EXHAUSTED: Out of memory while trying to allocate 4770354232 bytes.\nBufferAssignment OOM Debugging.\nBufferAssignment stats:\n             parameter allocation:  372.76MiB\n              constant allocation:    48.5KiB',
      'python',
      'XlaRuntimeError',
    ],
    [
      'I was trying jaxline with 2 local GPUs, but I receive ` RESOURCE_EXHAUSTED: Out of memory while trying to allocate 285212672 bytes.` errors.',
      'python',
      'XlaRuntimeError',
    ],
    ['jaxlib.xla_extension.XlaRuntimeError: RESOURCE_EXHAUSTED: Out of memory allocating 20029400304 bytes.', 'python', 'XlaRuntimeError'],
    [
      'jaxlib.xla_extension.XlaRuntimeError: RESOURCE_EXHAUSTED: Failed to allocate request for 2.99GiB (3206250496B) on device ordinal 0',
      'python',
      'XlaRuntimeError',
    ],
    [
      'Found input variables with inconsistent numbers of samples: [1032, 172]\nTraceback (most recent call last):\n  File "E:\\Anaconda\\envs\\mljar\\lib\\site-packages\\supervised\\base_automl.py", line 1046, in _fit\n    trained = self.train_model(params)',
      'python',
      'ValueError',
    ],
    [
      "\"OSError: We couldn't connect to 'https://huggingface.co' to load this file, couldn't find it in the cached files and it looks like bert-base-uncased is not the path to a directory containing a file named config.json.\nCheckout your internet connection or see how to run the library in offline mode at 'https://huggingface.co/docs/transformers/installation#offline-mode'.\"",
      'python',
      'OSError',
    ],
    [
      "We couldn't connect to 'https://huggingface.co' to load this file, couldn't find it in the cached files and it looks like Helsinki-NLP/opus-mt-zh-en is not the path to a directory containing a file named config.json.\nCheckout your internet connection or see how to run the library in offline mode at 'https://huggingface.co/docs/transformers/installation#offline-mode'.",
      'python',
      'OSError',
    ],
    [
      "OSError: We couldn't connect to 'https://huggingface.co' to load this file\n\"Connection error, and we cannot find the requested files in\"\nhuggingface_hub.utils._errors.LocalEntryNotFoundError: Connection error, and we cannot find the requested files in the disk cache. Please try again or make sure your Internet connection is on.",
      'python',
      'OSError',
    ],
    [
      'huggingface_hub.utils._errors.LocalEntryNotFoundError: An error happened while trying to locate the file on the Hub and we cannot find the requested files in the local cache. Please check your connection and try again or make sure your Internet connection is on.',
      'python',
      'LocalEntryNotFoundError',
    ],
    [
      'UnknownError: 2 root error(s) found.\n  (0) Unknown: Failed to get convolution algorithm. This is probably because cuDNN failed to initialize, so try looking to see if a warning log message was printed above.\n\t [[{{node conv3d/Conv3D}}]]\n\t [[metrics/acc/Identity/_183]]',
      'python',
      'UnknownError',
    ],
    [
      'Epoch 1/15\n---------------------------------------------------------------------------\nUnknownError                              Traceback (most recent call last)\n<ipython-input-11-01c6f78f4d4f> in <module>\n      4     epochs=epochs,\n      5     validation_data=val_data_gen,\n----> 6     validation_steps=total_val // batch_size\n      7 )',
      'python',
      'UnknownError',
    ],
    [
      'Error : Failed to get convolution algorithm. This is probably because cuDNN failed to initialize, so try looking to see if a warning log message was printed above.',
      'python',
      'UnknownError',
    ],
    [
      "Error:\n```\nAsking to pad but the tokenizer does not have a padding token. Please select a token to use as \n`pad_token` `(tokenizer.pad_token = tokenizer.eos_token e.g.)` or add a new pad token via \n`tokenizer.add_special_tokens({'pad_token': '[PAD]'})`.\n```",
      'python',
      'ValueError',
    ],
    [
      "Failed test at stage construct_inputs with exception:\nAsking to pad but the tokenizer does not have a padding token. Please select a token to use as `pad_token` `(tokenizer.pad_token = tokenizer.eos_token e.g.)` or add a new pad token via `tokenizer.add_special_tokens({'pad_token': '[PAD]'})`.\nTraceback (most recent call last):\n  File \"/home/vivekag/scratch/AIGShark/nodai/SharkTestSuite_vivekag/SHARK-TestSuite/alt_e2eshark/run.py\", line 231, in run_tests\n    inputs = inst.construct_inputs()",
      'python',
      'ValueError',
    ],
    [
      'UnfilteredStackTrace: jax._src.errors.ConcretizationTypeError: Abstract tracer value encountered where \nconcrete value is expected: Traced<ShapedArray(float16[16,1024])>with<DynamicJaxprTrace(level=1/0)>\nThe delete() method was called on the JAX Tracer object ',
      'python',
      'ConcretizationTypeError',
    ],
    [
      'FilteredStackTrace: jax.core.ConcretizationTypeError: Abstract tracer value encountered where concrete value is expected.\n\nThe problem arose with the `bool` function. ',
      'python',
      'ConcretizationTypeError',
    ],
    [
      'jax.core.ConcretizationTypeError: Abstract tracer value encountered where\nconcrete value is expected (in jax.nn.one_hot argument `num_classes`).',
      'python',
      'ConcretizationTypeError',
    ],
    ['operands could not be broadcast together with shapes (128,960,4) (3,) (128,960,4)', 'python', 'ValueError'],
    ['Yield "operands could not be broadcast together with shapes (11,) (10,)" when running Pereira2018 on gpt2', 'python', 'ValueError'],
    ['"operands could not be broadcast together with shapes (104,103) (103,103)"', 'python', 'ValueError'],
    ['mat1 and mat2 shapes cannot be multiplied (1370x384 and 1024x2048)', 'python', 'RuntimeError'],
    [
      '2024-12-29T15:37:17.690360 - !!! Exception during processing !!! mat1 and mat2 shapes cannot be multiplied (154x2048 and 4096x1152)\n2024-12-29T15:37:17.692360 - Traceback (most recent call last):\n  File "C:\\Users\\bluen\\Documents\\AI\\ComfyUI_Portable\\ComfyUI\\execution.py", line 327, in execute\n    output_data, output_ui, has_subgraph = get_output_data(obj, input_data_all, execution_block_cb=execution_block_cb, pre_execute_cb=pre_execute_cb)',
      'python',
      'RuntimeError',
    ],
    [
      'QwenVLDetection\nCUDA error: device-side assert triggered\nCUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.\nFor debugging consider passing CUDA_LAUNCH_BLOCKING=1\nCompile with `TORCH_USE_CUDA_DSA` to enable device-side assertions.',
      'python',
      'RuntimeError',
    ],
    [
      'Epoch 1/25\n---------------------------------------------------------------------------\nInvalidArgumentError                      Traceback (most recent call last)\nCell In [25], line 9\n      6 nb_validation_samples = 3006\n      7 epochs=25\n----> 9 history=model.fit(\n     10                 train_generator,',
      'python',
      'InvalidArgumentError',
    ],
    [
      '{\n    "message": "No repository for \\"User\\" was found. Looks like this entity is not registered in current \\"default\\" connection?",\n    "name": "RepositoryNotFoundError",\n    "status": 500\n}',
      'javascript',
      'RepositoryNotFoundError',
    ],
    [
      '`No repository for "User" was found. Looks like this entity is not registered in current "default" connection?`',
      'javascript',
      'RepositoryNotFoundError',
    ],
    [
      '  "message": "No repository for \\"GuestUserEntity\\" was found. Looks like this entity is not registered in current \\"default\\" connection?",',
      'javascript',
      'RepositoryNotFoundError',
    ],
  ])('recognises %j as %s/%s', expectRecognised);

  it.each([
    ['RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!', 'python', 'RuntimeError'],
    [
      '`RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cpu and cuda:0! (when checking argument for argument mat2 in method wrapper_mm)`',
      'python',
      'RuntimeError',
    ],
    [
      'RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:2 and cuda:0!',
      'python',
      'RuntimeError',
    ],
    ['torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 192.00 MiB. GPU', 'python', 'OutOfMemoryError'],
    [
      '`CUDA out of memory. Tried to allocate 2.26 GiB (GPU 0; 6.00 GiB total capacity; 781.59 MiB already allocated; 3.03 GiB free; 1.24 GiB reserved in total by PyTorch) `',
      'python',
      'OutOfMemoryError',
    ],
    [
      'RuntimeError: CUDA out of memory. Tried to allocate 92.00 MiB (GPU 0; 1.96 GiB total capacity; 1.46 GiB already allocated; 16.38 MiB free; 1.51 GiB reserved in total by PyTorch',
      'python',
      'RuntimeError',
    ],
    [
      'torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 4.22 GiB. GPU 0 has a total capacity of 15.69 GiB of which 3.71 GiB is free. Including non-PyTorch memory, this process has 11.14 GiB memory in use. Of the allocated memory 10.14 GiB is allocated by PyTorch, and 771.43 MiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  (https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)',
      'python',
      'OutOfMemoryError',
    ],
    [
      'RuntimeError:CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 5.80 GiB total capacity; 4.36 GiB already allocated; 6.69 MiB free; 4.63 GiB reserved in total by PyTorch)',
      'python',
      'RuntimeError',
    ],
    [
      '  File "/home/littlemonster/anaconda3/envs/pic/lib/python2.7/site-packages/torch/utils/data/dataloader.py", line 175, in handler\n    _error_if_any_worker_fails()\nRuntimeError: DataLoader worker (pid 19597) is killed by signal: Killed.',
      'python',
      'RuntimeError',
    ],
    ['RuntimeError: DataLoader worker (pid 23616) is killed by signal: Terminated.', 'python', 'RuntimeError'],
    ['RuntimeError: DataLoader worker (pid(s) 1234) exited unexpectedly', 'python', 'RuntimeError'],
    ['RuntimeError: cuDNN error: CUDNN_STATUS_NOT_INITIALIZED', 'python', 'RuntimeError'],
    ['    return F.conv2d(input, weight, bias, self.stride,\nRuntimeError: cuDNN error: CUDNN_STATUS_NOT_INITIALIZED', 'python', 'RuntimeError'],
    [
      'torch.distributed.DistBackendError: NCCL error in: ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1333, unhandled system error (run with NCCL_DEBUG=INFO for details), NCCL version 2.18.6\nncclSystemError: System call (e.g. socket, malloc) or external library call failed or device error. \nLast error:\nsocketStartConnect: Connect to 192.168.19.14<52822> failed : No route to host\n[2024-03-18 17:38:50,208] torch.distributed.elastic.multiprocessing.api: [ERROR] failed',
      'python',
      'DistBackendError',
    ],
    [
      'RuntimeError: NCCL error in: /home/liy/programs/pytorch/torch/lib/THD/base/data_channels/DataChannelNccl.cpp:324, unhandled system error',
      'python',
      'RuntimeError',
    ],
    [
      "OSError: Can't load tokenizer for 'bert-base-uncased'. If you were trying to load it from 'https://huggingface.co/models', make sure you don't have a local directory with the same name. Otherwise, make sure 'bert-base-uncased' is the correct path to a directory containing all relevant files for a BertTokenizer tokenizer.",
      'python',
      'OSError',
    ],
    [
      'OSError: Error no file named pytorch_model.bin, tf_model.h5, model.ckpt.index or flax_model.msgpack found in directory C:/SeeSR-main/preset/models/stable-diffusion-2-base.',
      'python',
      'OSError',
    ],
    [
      ' OSError: Error no file named pytorch_model.bin, tf_model.h5, model.ckpt.index or flax_model.msgpack found \nin directory',
      'python',
      'OSError',
    ],
    [
      "PrismaClientKnownRequestError2 [PrismaClientKnownRequestError]: Unique constraint failed on the fields: (`username`)\n2021-08-10T03:45:30.945381+00:00 app[web.1]:     at cb (/app/node_modules/@prisma/client/runtime/index.js:34800:17)\n2021-08-10T03:45:30.945382+00:00 app[web.1]:     at runMicrotasks (<anonymous>)\n2021-08-10T03:45:30.945383+00:00 app[web.1]:     at async getUserRecord (/app/build/lib/api-utils.js:234:14)\n2021-08-10T03:45:30.945383+00:00 app[web.1]:   code: 'P2002',\n2021-08-10T03:45:30.945384+00:00 app[web.1]:   clientVersion: '2.28.0',\n2021-08-10T03:45:30.945384+00:00 app[web.1]:   meta: { target: [ 'username' ] }",
      'javascript',
      'P2002',
    ],
    [
      'Invalid `prisma.user.create()` invocation:\n  Unique constraint failed on the fields: (`user_id`)\n{"code":"P2002","clientVersion":"2.23.0","meta":{"target":["user_id"]}}',
      'javascript',
      'P2002',
    ],
    [
      "- error PrismaClientKnownRequestError: \nInvalid `prisma.occurrence.upsert()` invocation:\n\n\nUnique constraint failed on the fields: (`notice_id`,`message`)\n    at zr.handleRequestError (/app/node_modules/@prisma/client/runtime/library.js:122:8308)\n    at async POST (/app/.next/server/app/api/v3/notices/route.js:279:9)\n    at async /app/.next/server/chunks/6255.js:3682:37 {\n  code: 'P2002',\n  clientVersion: '5.0.0',\n  meta: { target: [ 'notice_id', 'message' ] }\n}",
      'javascript',
      'P2002',
    ],
    [
      "server_1  | { Error: \nserver_1  | Invalid `prisma.admin.create()` invocation:\nserver_1  | \nserver_1  | \nserver_1  |   Unique constraint failed on the fields: (`email`)\nserver_1  |     at PrismaClientFetcher.request (/usr/app/node_modules/.prisma/client/runtime/index.js:78782:15)\nserver_1  |     at process._tickCallback (internal/process/next_tick.js:68:7)\nserver_1  |   code: 'P2002',\nserver_1  |   clientVersion: '2.11.0',\nserver_1  |   meta: { target: [ 'email' ] } }",
      'javascript',
      'P2002',
    ],
    [
      "Error: P1001  Can't reach database server at `localhost`:`5432`  Please make sure your database server is running at `localhost`:`5432`.",
      'javascript',
      'P1001',
    ],
    [
      'Environment variables loaded from .env\nPrisma schema loaded from prisma\\schema.prisma\nDatasource "db": MySQL database "app_wk_event" at "192.168.101.65:3306"\n\nError: P1001: Can\'t reach database server at `192.168.101.65`:`3306`',
      'javascript',
      'P1001',
    ],
    [
      "Introspecting …\n\nError: P1001\n\nCan't reach database server at `doesnotexist`:`3306`\n\nPlease make sure your database server is running at `doesnotexist`:`3306`.",
      'javascript',
      'P1001',
    ],
    [
      'ConnectionRefusedError [SequelizeConnectionRefusedError]: connect ECONNREFUSED 127.0.0.1:5432?',
      'javascript',
      'SequelizeConnectionRefusedError',
    ],
    [
      "ConnectionRefusedError [SequelizeConnectionRefusedError]: connect ECONNREFUSED 127.0.0.1:3306\n    at ConnectionManager.connect (G:\\projects\\chatApp\\node_modules\\sequelize\\lib\\dialects\\mysql\\connection-manager.js:116:17)\n    at processTicksAndRejections (internal/process/task_queues.js:97:5) {\n  parent: Error: connect ECONNREFUSED 127.0.0.1:3306\n      at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1141:16) {\n    errno: 'ECONNREFUSED',\n    code: 'ECONNREFUSED',\n    syscall: 'connect',\n    address: '127.0.0.1',\n    port: 3306,\n    fatal: true\n  },",
      'javascript',
      'SequelizeConnectionRefusedError',
    ],
    [
      'Unhandled rejection SequelizeConnectionRefusedError: connect ECONNREFUSED 127.0.0.1:3306',
      'javascript',
      'SequelizeConnectionRefusedError',
    ],
    ['Unable to connect to database: SequelizeConnectionRefusedError: connect ECONNREFUSED', 'javascript', 'SequelizeConnectionRefusedError'],
    [
      '**(node:4) UnhandledPromiseRejectionWarning: SequelizeConnectionRefusedError: connect ECONNREFUSED 127.0.0.1:3306**\n2021-02-01T20:49:32.971894+00:00 app[worker.1]:     at /app/node_modules/sequelize/lib/dialects/mysql/connection-manager.js:123:19\n2021-02-01T20:49:32.971895+00:00 app[worker.1]:     at tryCatcher (/app/node_modules/bluebird/js/release/util.js:16:23)',
      'javascript',
      'SequelizeConnectionRefusedError',
    ],
    [
      'node:internal/process/promises:246\n          triggerUncaughtException(err, true /* fromPromise */);\n          ^\n\nConnectionRefusedError [SequelizeConnectionRefusedError]: connect ECONNREFUSED 127.0.0.1:3306\n    at C:\\Users\\LJ98CPTX\\whaticket\\backend\\node_modules\\sequelize\\lib\\dialects\\mysql\\connection-manager.js:123:19',
      'javascript',
      'SequelizeConnectionRefusedError',
    ],
    [
      '/app/node_modules/sequelize/node_modules/bluebird/js/main/async.js:103\n                throw res.e;\n                         ^\nSequelizeConnectionRefusedError: connect ECONNREFUSED\n    at Handshake._callback (/app/node_modules/sequelize/lib/dialects/mysql/connection-manager.js:47:20)',
      'javascript',
      'SequelizeConnectionRefusedError',
    ],
    ['EntityMetadataNotFoundError: No metadata for "User" was found.', 'javascript', 'EntityMetadataNotFoundError'],
    ['Message: "QueryFailedError: relation "companies" does not exist"', 'javascript', 'QueryFailedError'],
    [
      "  QueryFailedError: column User.userId does not exist\n    at new QueryFailedError (C:\\Users\\rluva\\Programming\\bugs-repro\\typeorm\\cant-find-with-relation\\src\\error\\QueryFailedError.ts:11:9)\n    at PostgresQueryRunner.<anonymous> (C:\\Users\\rluva\\Programming\\bugs-repro\\typeorm\\cant-find-with-relation\\src\\driver\\postgres\\PostgresQueryRunner.ts:228:19)\n    at processTicksAndRejections (node:internal/process/task_queues:96:5) {\n  length: 110,\n  severity: 'ERROR',\n  code: '42703',",
      'javascript',
      'QueryFailedError',
    ],
    [
      '2026-02-14T12:45:17.931638777Z [Nest] 1  - 02/14/2026, 7:45:17 AM   ERROR [ExceptionsHandler] relation "public.statistics" does not exist\n2026-02-14T12:45:17.931653088Z QueryFailedError: relation "public.statistics" does not exist\n2026-02-14T12:45:17.931663493Z     at PostgresQueryRunner.query (/usr/src/app/node_modules/typeorm/driver/postgres/PostgresQueryRunner.js:219:19)\n2026-02-14T12:45:17.931665784Z     at process.processTicksAndRejections (node:internal/process/task_queues:103:5)',
      'javascript',
      'QueryFailedError',
    ],
    [
      'error: error: relation "core.user" does not exist\n[Nest] 1  - 10/03/2024, 12:59:37 PM   ERROR [ExceptionsHandler] relation "core.user" does not exist\nQueryFailedError: relation "core.user" does not exist\n    at PostgresQueryRunner.query (/app/node_modules/typeorm/driver/postgres/PostgresQueryRunner.js:219:19)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
      'javascript',
      'QueryFailedError',
    ],
    ['{ QueryFailedError: relation "migrations" does not exist\n    at new QueryFa', 'javascript', 'QueryFailedError'],
    [
      '  File "/home/zdf/.local/lib/python2.7/site-packages/sklearn/utils/validation.py", line 56, in _assert_all_finite\n    raise ValueError(msg_err.format(type_err, X.dtype))\nValueError: Input contains NaN, infinity or a value too large for dtype(\'float64\').',
      'python',
      'ValueError',
    ],
    [
      "---------------------------------------------------------------------------\nKeyError                                  Traceback (most recent call last)\n/var/folders/v0/7gtj3bhx74z6w7kx78fhqlmm0000gn/T/ipykernel_11250/671792838.py in <module>\n----> 1 ab_df.loc['2019-04-10']\n\n~/PycharmProjects/Springer_Python_Marketing_Analytics/venv/lib/python3.8/site-packages/pandas/core/indexing.py in __getitem__(self, key)\n    929 \n    930             maybe_callable = com.apply_if_callable(key, self.obj)\n--> 931             return self._getitem_axis(maybe_callable, axis=axis)",
      'python',
      'KeyError',
    ],
    [
      'KeyError                                  Traceback (most recent call last)\n~\\anaconda3\\lib\\site-packages\\pandas\\core\\indexes\\base.py in get_loc(self, key, method, tolerance)\n   2894             try:\n-> 2895                 return self._engine.get_loc(casted_key)\n   2896             except KeyError as err:\n\npandas\\_libs\\index.pyx in pandas._libs.index.IndexEngine.get_loc()\n\npandas\\_libs\\hashtable_class_helper.pxi in pandas._libs.hashtable.PyObjectHashTable.get_item()\n\nKeyError: 10\n\nThe above exception was the direct cause of the following exception:\n\nKeyError                                  Traceback (most recent call last)\n<ipython-input-26-162c78065743> in <module>\n      4 for i in range(window, len(Train)):\n      5     xin.append(Train[i-window:i])\n----> 6     next_x.append(Train[i])',
      'python',
      'KeyError',
    ],
    [
      '---------------------------------------------------------------------------\nKeyError                                  Traceback (most recent call last)\n<ipython-input-40-6acb74aaf00d> in <module>()\n      6 \n      7 # Get current S&P table and set header column\n----> 8 sp500 = data[0].loc[1:,[0,1,6,7]]\n\n5 frames\n/usr/local/lib/python3.6/dist-packages/pandas/core/indexing.py in _validate_read_indexer(self, key, indexer, axis, raise_missing)\n-> 1640                 raise KeyError(f"None of [{key}] are in the [{axis_name}]")\n\nKeyError: "None of [Int64Index([0, 1, 6, 7], dtype=\'int64\')] are in the [columns]"',
      'python',
      'KeyError',
    ],
    [
      'RuntimeError                              Traceback (most recent call last)\n\n/usr/local/lib/python3.7/dist-packages/jax/interpreters/xla.py in _execute_compiled(compiled, avals, handlers, kept_var_idx, *args)\n    958           for i, x in enumerate(args)\n--> 960   out_bufs = compiled.execute(input_bufs)\n\nRuntimeError: RESOURCE_EXHAUSTED: Out of memory while trying to allocate 14285187448 bytes.',
      'python',
      'RuntimeError',
    ],
    [
      "FileNotFoundError: Couldn't find a dataset script at /home/code_documentation/code/xuyeliu/notebookCDG/notebookCDG.py or any data file in the same directory. Couldn't find 'xuyeliu/notebookCDG' on the Hugging Face Hub either: FileNotFoundError: Unable to resolve any data file that matches ['**train*'] in dataset repository xuyeliu/notebookCDG with any supported extension ['csv', 'tsv', 'json']",
      'python',
      'FileNotFoundError',
    ],
    [
      "---------------------------------------------------------------------------\nFileNotFoundError                         Traceback (most recent call last)\n[<ipython-input-48-6a7b3e847019>](https://localhost:8080/#) in <cell line: 7>()\n      5 }\n      6 \n----> 7 csv_datasets_reloaded = load_dataset(\"tsv\", data_files=data_files)\n      8 csv_datasets_reloaded\n\n2 frames\n[/usr/local/lib/python3.10/dist-packages/datasets/load.py](https://localhost:8080/#) in dataset_module_factory(path, revision, download_config, download_mode, dynamic_modules_path, data_dir, data_files, **download_kwargs)\n   1489                     raise e1 from None\n\nFileNotFoundError: Couldn't find a dataset script at /content/tsv/tsv.py or any data file in the same directory. Couldn't find 'tsv' on the Hugging Face Hub either: FileNotFoundError: Dataset 'tsv' doesn't exist on the Hub",
      'python',
      'FileNotFoundError',
    ],
    [
      "> FileNotFoundError: Couldn't find a dataset script at /home/sigal/asta-bench/astabench/evals/paper_finder/allenai/asta-bench/asta-bench.py or any data file in the same directory. Couldn't find 'allenai/asta-bench' on the Hugging Face Hub either: FileNotFoundError: Unable to find 'hf://datasets/allenai/asta-bench@d645a03cac734723ac06da42a82454a5b68285e5/tasks/data.json' with any supported extension ['.csv', '.tsv', ...]\n> ../../.venv/lib/python3.12/site-packages/datasets/load.py:1508: FileNotFoundError",
      'python',
      'FileNotFoundError',
    ],
    ['`ValueError: Found input variables with inconsistent numbers of samples: [10000, 122]`', 'python', 'ValueError'],
    [
      "---------------------------------------------------------------------------\nValueError                                Traceback (most recent call last)\n<ipython-input-130-7275bf06953d> in <module>\n----> 1 logreg_classifier.fit(X_train, y_train)\n\n/usr/local/lib/python3.6/dist-packages/sklearn/linear_model/logistic.py in fit(self, X, y, sample_weight)\n   1286 \n   1287         X, y = check_X_y(X, y, accept_sparse='csr', dtype=_dtype, order=\"C\",\n-> 1288                          accept_large_sparse=solver != 'liblinear')",
      'python',
      'ValueError',
    ],
    [
      "I0426 23:04:32.326952 139678773683968 coordinator.py:224] Error reported to Coordinator: <class 'tensorflow.python.framework.errors_impl.UnknownError'>, 2 root error(s) found.\n  (0) Unknown: Failed to get convolution algorithm. This is probably because cuDNN failed to initialize, so try looking to see if a warning log message was printed above.",
      'python',
      'UnknownError',
    ],
    [
      'tensorflow.python.framework.errors_impl.UnknownError: Failed to get convolution algorithm. \nThis is probably because cuDNN failed to initialize, so try looking to see if a warning log \nmessage was printed above.\n\t [[{{node tower_0/conv1d/Conv2D}}]]',
      'python',
      'UnknownError',
    ],
    [
      "ValueError: Asking to pad but the tokenizer does not have a padding token. Please select a token to use as `pad_token` `(tokenizer.pad_token = tokenizer.eos_token \ne.g.)` or add a new pad token via `tokenizer.add_special_tokens({'pad_token': '[PAD]'})`.",
      'python',
      'ValueError',
    ],
    ['ValueError: operands could not be broadcast together with shapes (2,3) (3,2) ', 'python', 'ValueError'],
    [
      'ValueError                                Traceback (most recent call last)\n<ipython-input-7-66a905f52af0> in <module>\n     26                 k[int(gt[i][1]), int(gt[i][0])] = 1\n     27 \n---> 28         k = get_density_map_gaussian( k, gt, adaptive_mode=is_adaptive )\n\nValueError: operands could not be broadcast together with shapes (91,811) (91,0) (91,811)',
      'python',
      'ValueError',
    ],
    ['RuntimeError: mat1 and mat2 shapes cannot be multiplied (20670x300 and 10x1)', 'python', 'RuntimeError'],
    [
      '发生异常: RuntimeError\nmat1 and mat2 shapes cannot be multiplied (2708x7 and 256x256)\n  File "/home/youshen/work/GraphMAE/graphmae/models/edcoder.py", line 246, in mask_attr_prediction\n    rep = self.encoder_to_decoder(enc_rep)',
      'python',
      'RuntimeError',
    ],
    [
      '  File "D:\\Project\\Python_project\\MyProject\\dcp-master\\main.py", line 214, in train_one_epoch\n    total_loss += loss.item() * batch_size\n                  ^^^^^^^^^^^\nRuntimeError: CUDA error: device-side assert triggered\nCUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.\nFor debugging consider passing CUDA_LAUNCH_BLOCKING=1.\nCompile with `TORCH_USE_CUDA_DSA` to enable device-side assertions.',
      'python',
      'RuntimeError',
    ],
    [
      '  File "/home/xx/anaconda3/envs/tf-gpu/lib/python3.7/site-packages/torch/cuda/__init__.py", line 95, in _check_driver\n    raise AssertionError("Torch not compiled with CUDA enabled")\nAssertionError: Torch not compiled with CUDA enabled',
      'python',
      'AssertionError',
    ],
    ['`AssertionError: Torch not compiled with CUDA enabled`', 'python', 'AssertionError'],
    [
      'InvalidArgumentError: Graph execution error:\n\nDetected at node \'while/MatMul\' defined at (most recent call last):\n    File "C:\\Users\\MR\\anaconda3\\lib\\runpy.py", line 197, in _run_module_as_main\n      return _run_code(code, main_globals, None,',
      'python',
      'InvalidArgumentError',
    ],
    [
      'Epoch 1/20\n---------------------------------------------------------------------------\nInvalidArgumentError                      Traceback (most recent call last)\n<timed exec> in <module>\n\n[/usr/local/lib/python3.8/dist-packages/keras/utils/traceback_utils.py](https://localhost:8080/#) in error_handler(*args, **kwargs)\n     65     except Exception as e:  # pylint: disable=broad-except\n     66       filtered_tb = _process_traceback_frames(e.__traceback__)\n---> 67       raise e.with_traceback(filtered_tb) from None\n\nInvalidArgumentError: Graph execution error:',
      'python',
      'InvalidArgumentError',
    ],
    [
      'An operation failed because it depends on one or more records that were required but not found. Record to update not found.\n    at async updateDefaultConfiguration (./src/app/actions.ts:161:5)\ndigest: "3107342700"\n POST / 500 in 19ms',
      'javascript',
      'P2025',
    ],
    [
      "Attempt 13295 failed: PrismaClientKnownRequestError: \nInvalid `tx.link.update()` invocation in\n/app/out/apps/web/kafka-consumer/consumers/analyticConsumer.ts:96:29\n\n  93 }\n  94 \n  95 // Increment the link's clicks column\n→ 96 await tx.link.update(\nAn operation failed because it depends on one or more records that were required but not found. Record to update not found.\n    at Lg.handleRequestError (/app/out/node_modules/.pnpm/@prisma+client@5.14.0_prisma@5.14.0/node_modules/@prisma/client/runtime/binary.js:183:6879)\n    at processAnalyticsMessage (/app/out/apps/web/kafka-consumer/consumers/analyticConsumer.ts:50:9) {\n  code: 'P2025',\n  clientVersion: '5.14.0',\n  meta: { modelName: 'Link', cause: 'Record to update not found.' }",
      'javascript',
      'P2025',
    ],
    [
      '[server] PrismaClientKnownRequestError: \n[server] Invalid `prisma_1.default.homework10dCheck.delete()` invocation in\n[server] /home/fabian/Dokumente/Programmieren/Workspace/TaskMinder/backend/dist/services/homeworkService.js:80:53\n[server] \n[server] → 80     await prisma_1.default.homework10dCheck.delete(\n[server] An operation failed because it depends on one or more records that were required but not found. No record was found for a delete.\n[server]     at new PrismaClientKnownRequestError (/home/fabian/Dokumente/Programmieren/Workspace/TaskMinder/node_modules/@prisma/client/runtime/library.js:21:1351)\n[server]     at handleRequestError (/home/fabian/Dokumente/Programmieren/Workspace/TaskMinder/node_modules/@prisma/client/runtime/library.js:121:7463)',
      'javascript',
      'P2025',
    ],
    ['SequelizeUniqueConstraintError Validation error', 'javascript', 'SequelizeUniqueConstraintError'],
    [
      '[1] RepositoryNotFoundError: No repository for "Pais" was found. Looks like this entity is not registered in current "default" connection?\n[1]     at new RepositoryNotFoundError (C:\\Users\\MARTIN-PAO\\Desarrollo\\TurnosApp\\turnos-rest\\src\\error\\RepositoryNotFoundError.ts:10:9)        \n[1]     at EntityManager.getRepository (C:\\Users\\MARTIN-PAO\\Desarrollo\\TurnosApp\\turnos-rest\\src\\entity-manager\\EntityManager.ts:1193:19)      ',
      'javascript',
      'RepositoryNotFoundError',
    ],
    [
      '[Nest] 1501   - 2019-3-12 17:38:28   [ExceptionHandler] No repository for "User" was found. Looks like this entity is not registered in current "default" connection? +1ms\nRepositoryNotFoundError: No repository for "User" was found. Looks like this entity is not registered in current "default" connection?\n    at new RepositoryNotFoundError (/Users/mac/Projects/traduora/dist/node_modules/typeorm/error/RepositoryNotFoundError.js:20:28)',
      'javascript',
      'RepositoryNotFoundError',
    ],
    [
      'RepositoryNotFoundError: No repository for "DBAuthProviderEntry" was found. Looks like this entity is not registered in current "default" connection?\n    at RepositoryNotFoundError.TypeORMError [as constructor] (/app/node_modules/typeorm/error/TypeORMError.js:9:28)\n    at new RepositoryNotFoundError (/app/node_modules/typeorm/error/RepositoryNotFoundError.js:13:28)',
      'javascript',
      'RepositoryNotFoundError',
    ],
  ])('still answers %j as %s/%s', expectRecognised);

  it.each([
    [
      'RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cpu and cuda:0! (when checking argument for argument mat2 in method wrapper_mm)',
      ['mat2', 'cpu', 'cuda:0'],
    ],
    ['mat1 and mat2 shapes cannot be multiplied (1370x384 and 1024x2048)', ['384']],
    ['RuntimeError: DataLoader worker (pid 19597) is killed by signal: Killed.', ['19597']],
    ['RuntimeError: cuDNN error: CUDNN_STATUS_NOT_INITIALIZED', ['CUDNN_STATUS_NOT_INITIALIZED']],
    [
      "OSError: Can't load tokenizer for 'bert-base-uncased'. If you were trying to load it from 'https://huggingface.co/models', make sure you don't have a local directory with the same name. Otherwise, make sure 'bert-base-uncased' is the correct path to a directory containing all relevant files for a BertTokenizer tokenizer.",
      ['bert-base-uncased'],
    ],
    ['ValueError: Found input variables with inconsistent numbers of samples: [16, 4]', ['16, 4']],
    ['jaxlib.xla_extension.XlaRuntimeError: RESOURCE_EXHAUSTED: Out of memory while trying to allocate 7406166528 bytes.', ['7406166528']],
    ['EntityMetadataNotFoundError: No metadata for "User" was found.', ['User']],
    [
      'RepositoryNotFoundError: No repository for "Pais" was found. Looks like this entity is not registered in current "default" connection?',
      ['Pais', 'default'],
    ],
  ])('fixes for %j repeat the names it gave', (text, names) => {
    const fixes = fixText(text);
    for (const name of names) expect(fixes).toContain(name);
  });
});

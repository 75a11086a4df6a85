// Imported before the generated code: 64-bit fields (event ids, unix milliseconds) are plain numbers, far below
// 2^53, rather than Long objects. Must run before the generated module computes its field defaults.
import protobuf from 'protobufjs/minimal.js';

protobuf.util.Long = null as unknown as typeof protobuf.util.Long;
protobuf.configure();

/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const reprise = $root.reprise = (() => {

    const reprise = {};

    reprise.v1 = (function() {

        const v1 = {};

        v1.Command = (function() {

            const Command = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Command.prototype.scheduleActivityTask = null;
            Command.prototype.startTimer = null;
            Command.prototype.completeWorkflowExecution = null;
            Command.prototype.failWorkflowExecution = null;
            Command.prototype.cancelTimer = null;
            Command.prototype.recordMarker = null;
            Command.prototype.requestCancelActivityTask = null;

            let $oneOfFields;

            $Object.defineProperty(Command.prototype, "attributes", {
                get: $util.oneOfGetter($oneOfFields = ["scheduleActivityTask", "startTimer", "completeWorkflowExecution", "failWorkflowExecution", "cancelTimer", "recordMarker", "requestCancelActivityTask"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Command.create = function(properties) {
                return new Command(properties);
            };

            Command.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.scheduleActivityTask != null && $Object.hasOwnProperty.call(message, "scheduleActivityTask"))
                    $root.reprise.v1.ScheduleActivityTask.encode(message.scheduleActivityTask, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.startTimer != null && $Object.hasOwnProperty.call(message, "startTimer"))
                    $root.reprise.v1.StartTimer.encode(message.startTimer, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.completeWorkflowExecution != null && $Object.hasOwnProperty.call(message, "completeWorkflowExecution"))
                    $root.reprise.v1.CompleteWorkflowExecution.encode(message.completeWorkflowExecution, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.failWorkflowExecution != null && $Object.hasOwnProperty.call(message, "failWorkflowExecution"))
                    $root.reprise.v1.FailWorkflowExecution.encode(message.failWorkflowExecution, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.cancelTimer != null && $Object.hasOwnProperty.call(message, "cancelTimer"))
                    $root.reprise.v1.CancelTimer.encode(message.cancelTimer, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.recordMarker != null && $Object.hasOwnProperty.call(message, "recordMarker"))
                    $root.reprise.v1.RecordMarker.encode(message.recordMarker, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.requestCancelActivityTask != null && $Object.hasOwnProperty.call(message, "requestCancelActivityTask"))
                    $root.reprise.v1.RequestCancelActivityTask.encode(message.requestCancelActivityTask, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Command.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.Command();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.scheduleActivityTask = $root.reprise.v1.ScheduleActivityTask.decode(reader, reader.size(), $undefined, _depth + 1, message.scheduleActivityTask);
                            message.attributes = "scheduleActivityTask";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.startTimer = $root.reprise.v1.StartTimer.decode(reader, reader.size(), $undefined, _depth + 1, message.startTimer);
                            message.attributes = "startTimer";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.completeWorkflowExecution = $root.reprise.v1.CompleteWorkflowExecution.decode(reader, reader.size(), $undefined, _depth + 1, message.completeWorkflowExecution);
                            message.attributes = "completeWorkflowExecution";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.failWorkflowExecution = $root.reprise.v1.FailWorkflowExecution.decode(reader, reader.size(), $undefined, _depth + 1, message.failWorkflowExecution);
                            message.attributes = "failWorkflowExecution";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.cancelTimer = $root.reprise.v1.CancelTimer.decode(reader, reader.size(), $undefined, _depth + 1, message.cancelTimer);
                            message.attributes = "cancelTimer";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.recordMarker = $root.reprise.v1.RecordMarker.decode(reader, reader.size(), $undefined, _depth + 1, message.recordMarker);
                            message.attributes = "recordMarker";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.requestCancelActivityTask = $root.reprise.v1.RequestCancelActivityTask.decode(reader, reader.size(), $undefined, _depth + 1, message.requestCancelActivityTask);
                            message.attributes = "requestCancelActivityTask";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Command.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.Command)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.Command: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.Command();
                if (object.scheduleActivityTask != null) {
                    if (!$util.isObject(object.scheduleActivityTask))
                        throw $TypeError(".reprise.v1.Command.scheduleActivityTask: object expected");
                    message.scheduleActivityTask = $root.reprise.v1.ScheduleActivityTask.fromObject(object.scheduleActivityTask, _depth + 1);
                }
                if (object.startTimer != null) {
                    if (!$util.isObject(object.startTimer))
                        throw $TypeError(".reprise.v1.Command.startTimer: object expected");
                    message.startTimer = $root.reprise.v1.StartTimer.fromObject(object.startTimer, _depth + 1);
                }
                if (object.completeWorkflowExecution != null) {
                    if (!$util.isObject(object.completeWorkflowExecution))
                        throw $TypeError(".reprise.v1.Command.completeWorkflowExecution: object expected");
                    message.completeWorkflowExecution = $root.reprise.v1.CompleteWorkflowExecution.fromObject(object.completeWorkflowExecution, _depth + 1);
                }
                if (object.failWorkflowExecution != null) {
                    if (!$util.isObject(object.failWorkflowExecution))
                        throw $TypeError(".reprise.v1.Command.failWorkflowExecution: object expected");
                    message.failWorkflowExecution = $root.reprise.v1.FailWorkflowExecution.fromObject(object.failWorkflowExecution, _depth + 1);
                }
                if (object.cancelTimer != null) {
                    if (!$util.isObject(object.cancelTimer))
                        throw $TypeError(".reprise.v1.Command.cancelTimer: object expected");
                    message.cancelTimer = $root.reprise.v1.CancelTimer.fromObject(object.cancelTimer, _depth + 1);
                }
                if (object.recordMarker != null) {
                    if (!$util.isObject(object.recordMarker))
                        throw $TypeError(".reprise.v1.Command.recordMarker: object expected");
                    message.recordMarker = $root.reprise.v1.RecordMarker.fromObject(object.recordMarker, _depth + 1);
                }
                if (object.requestCancelActivityTask != null) {
                    if (!$util.isObject(object.requestCancelActivityTask))
                        throw $TypeError(".reprise.v1.Command.requestCancelActivityTask: object expected");
                    message.requestCancelActivityTask = $root.reprise.v1.RequestCancelActivityTask.fromObject(object.requestCancelActivityTask, _depth + 1);
                }
                return message;
            };

            Command.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.scheduleActivityTask != null && $Object.hasOwnProperty.call(message, "scheduleActivityTask")) {
                    object.scheduleActivityTask = $root.reprise.v1.ScheduleActivityTask.toObject(message.scheduleActivityTask, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "scheduleActivityTask";
                }
                if (message.startTimer != null && $Object.hasOwnProperty.call(message, "startTimer")) {
                    object.startTimer = $root.reprise.v1.StartTimer.toObject(message.startTimer, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "startTimer";
                }
                if (message.completeWorkflowExecution != null && $Object.hasOwnProperty.call(message, "completeWorkflowExecution")) {
                    object.completeWorkflowExecution = $root.reprise.v1.CompleteWorkflowExecution.toObject(message.completeWorkflowExecution, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "completeWorkflowExecution";
                }
                if (message.failWorkflowExecution != null && $Object.hasOwnProperty.call(message, "failWorkflowExecution")) {
                    object.failWorkflowExecution = $root.reprise.v1.FailWorkflowExecution.toObject(message.failWorkflowExecution, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "failWorkflowExecution";
                }
                if (message.cancelTimer != null && $Object.hasOwnProperty.call(message, "cancelTimer")) {
                    object.cancelTimer = $root.reprise.v1.CancelTimer.toObject(message.cancelTimer, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "cancelTimer";
                }
                if (message.recordMarker != null && $Object.hasOwnProperty.call(message, "recordMarker")) {
                    object.recordMarker = $root.reprise.v1.RecordMarker.toObject(message.recordMarker, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "recordMarker";
                }
                if (message.requestCancelActivityTask != null && $Object.hasOwnProperty.call(message, "requestCancelActivityTask")) {
                    object.requestCancelActivityTask = $root.reprise.v1.RequestCancelActivityTask.toObject(message.requestCancelActivityTask, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "requestCancelActivityTask";
                }
                return object;
            };

            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Command;
        })();

        v1.ScheduleActivityTask = (function() {

            const ScheduleActivityTask = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ScheduleActivityTask.prototype.activityId = "";
            ScheduleActivityTask.prototype.activityType = "";
            ScheduleActivityTask.prototype.taskQueue = "";
            ScheduleActivityTask.prototype.input = null;
            ScheduleActivityTask.prototype.scheduleToCloseTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ScheduleActivityTask.prototype.scheduleToStartTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ScheduleActivityTask.prototype.startToCloseTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ScheduleActivityTask.prototype.heartbeatTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ScheduleActivityTask.prototype.retryPolicy = null;

            ScheduleActivityTask.create = function(properties) {
                return new ScheduleActivityTask(properties);
            };

            ScheduleActivityTask.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId") && message.activityId !== "")
                    writer.uint32(10).string(message.activityId);
                if (message.activityType != null && $Object.hasOwnProperty.call(message, "activityType") && message.activityType !== "")
                    writer.uint32(18).string(message.activityType);
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue") && message.taskQueue !== "")
                    writer.uint32(26).string(message.taskQueue);
                if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                    $root.reprise.v1.Payloads.encode(message.input, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.scheduleToCloseTimeoutMs != null && $Object.hasOwnProperty.call(message, "scheduleToCloseTimeoutMs") && (typeof message.scheduleToCloseTimeoutMs === "object" ? message.scheduleToCloseTimeoutMs.low || message.scheduleToCloseTimeoutMs.high : message.scheduleToCloseTimeoutMs !== 0))
                    writer.uint32(40).int64(message.scheduleToCloseTimeoutMs);
                if (message.scheduleToStartTimeoutMs != null && $Object.hasOwnProperty.call(message, "scheduleToStartTimeoutMs") && (typeof message.scheduleToStartTimeoutMs === "object" ? message.scheduleToStartTimeoutMs.low || message.scheduleToStartTimeoutMs.high : message.scheduleToStartTimeoutMs !== 0))
                    writer.uint32(48).int64(message.scheduleToStartTimeoutMs);
                if (message.startToCloseTimeoutMs != null && $Object.hasOwnProperty.call(message, "startToCloseTimeoutMs") && (typeof message.startToCloseTimeoutMs === "object" ? message.startToCloseTimeoutMs.low || message.startToCloseTimeoutMs.high : message.startToCloseTimeoutMs !== 0))
                    writer.uint32(56).int64(message.startToCloseTimeoutMs);
                if (message.heartbeatTimeoutMs != null && $Object.hasOwnProperty.call(message, "heartbeatTimeoutMs") && (typeof message.heartbeatTimeoutMs === "object" ? message.heartbeatTimeoutMs.low || message.heartbeatTimeoutMs.high : message.heartbeatTimeoutMs !== 0))
                    writer.uint32(64).int64(message.heartbeatTimeoutMs);
                if (message.retryPolicy != null && $Object.hasOwnProperty.call(message, "retryPolicy"))
                    $root.reprise.v1.RetryPolicy.encode(message.retryPolicy, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ScheduleActivityTask.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.ScheduleActivityTask();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activityId = value;
                            else
                                delete message.activityId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activityType = value;
                            else
                                delete message.activityType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskQueue = value;
                            else
                                delete message.taskQueue;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.input = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, message.input);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduleToCloseTimeoutMs = value;
                            else
                                delete message.scheduleToCloseTimeoutMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduleToStartTimeoutMs = value;
                            else
                                delete message.scheduleToStartTimeoutMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startToCloseTimeoutMs = value;
                            else
                                delete message.startToCloseTimeoutMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.heartbeatTimeoutMs = value;
                            else
                                delete message.heartbeatTimeoutMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.retryPolicy = $root.reprise.v1.RetryPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.retryPolicy);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ScheduleActivityTask.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.ScheduleActivityTask)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.ScheduleActivityTask: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.ScheduleActivityTask();
                if (object.activityId != null)
                    if (typeof object.activityId !== "string" || object.activityId.length)
                        message.activityId = $String(object.activityId);
                if (object.activityType != null)
                    if (typeof object.activityType !== "string" || object.activityType.length)
                        message.activityType = $String(object.activityType);
                if (object.taskQueue != null)
                    if (typeof object.taskQueue !== "string" || object.taskQueue.length)
                        message.taskQueue = $String(object.taskQueue);
                if (object.input != null) {
                    if (!$util.isObject(object.input))
                        throw $TypeError(".reprise.v1.ScheduleActivityTask.input: object expected");
                    message.input = $root.reprise.v1.Payloads.fromObject(object.input, _depth + 1);
                }
                if (object.scheduleToCloseTimeoutMs != null)
                    if (typeof object.scheduleToCloseTimeoutMs === "object" ? object.scheduleToCloseTimeoutMs.low || object.scheduleToCloseTimeoutMs.high : $Number(object.scheduleToCloseTimeoutMs) !== 0)
                        if ($util.Long)
                            message.scheduleToCloseTimeoutMs = $util.Long.fromValue(object.scheduleToCloseTimeoutMs, false);
                        else if (typeof object.scheduleToCloseTimeoutMs === "string")
                            message.scheduleToCloseTimeoutMs = $parseInt(object.scheduleToCloseTimeoutMs, 10);
                        else if (typeof object.scheduleToCloseTimeoutMs === "number")
                            message.scheduleToCloseTimeoutMs = object.scheduleToCloseTimeoutMs;
                        else if (typeof object.scheduleToCloseTimeoutMs === "object")
                            message.scheduleToCloseTimeoutMs = new $util.LongBits(object.scheduleToCloseTimeoutMs.low >>> 0, object.scheduleToCloseTimeoutMs.high >>> 0).toNumber();
                if (object.scheduleToStartTimeoutMs != null)
                    if (typeof object.scheduleToStartTimeoutMs === "object" ? object.scheduleToStartTimeoutMs.low || object.scheduleToStartTimeoutMs.high : $Number(object.scheduleToStartTimeoutMs) !== 0)
                        if ($util.Long)
                            message.scheduleToStartTimeoutMs = $util.Long.fromValue(object.scheduleToStartTimeoutMs, false);
                        else if (typeof object.scheduleToStartTimeoutMs === "string")
                            message.scheduleToStartTimeoutMs = $parseInt(object.scheduleToStartTimeoutMs, 10);
                        else if (typeof object.scheduleToStartTimeoutMs === "number")
                            message.scheduleToStartTimeoutMs = object.scheduleToStartTimeoutMs;
                        else if (typeof object.scheduleToStartTimeoutMs === "object")
                            message.scheduleToStartTimeoutMs = new $util.LongBits(object.scheduleToStartTimeoutMs.low >>> 0, object.scheduleToStartTimeoutMs.high >>> 0).toNumber();
                if (object.startToCloseTimeoutMs != null)
                    if (typeof object.startToCloseTimeoutMs === "object" ? object.startToCloseTimeoutMs.low || object.startToCloseTimeoutMs.high : $Number(object.startToCloseTimeoutMs) !== 0)
                        if ($util.Long)
                            message.startToCloseTimeoutMs = $util.Long.fromValue(object.startToCloseTimeoutMs, false);
                        else if (typeof object.startToCloseTimeoutMs === "string")
                            message.startToCloseTimeoutMs = $parseInt(object.startToCloseTimeoutMs, 10);
                        else if (typeof object.startToCloseTimeoutMs === "number")
                            message.startToCloseTimeoutMs = object.startToCloseTimeoutMs;
                        else if (typeof object.startToCloseTimeoutMs === "object")
                            message.startToCloseTimeoutMs = new $util.LongBits(object.startToCloseTimeoutMs.low >>> 0, object.startToCloseTimeoutMs.high >>> 0).toNumber();
                if (object.heartbeatTimeoutMs != null)
                    if (typeof object.heartbeatTimeoutMs === "object" ? object.heartbeatTimeoutMs.low || object.heartbeatTimeoutMs.high : $Number(object.heartbeatTimeoutMs) !== 0)
                        if ($util.Long)
                            message.heartbeatTimeoutMs = $util.Long.fromValue(object.heartbeatTimeoutMs, false);
                        else if (typeof object.heartbeatTimeoutMs === "string")
                            message.heartbeatTimeoutMs = $parseInt(object.heartbeatTimeoutMs, 10);
                        else if (typeof object.heartbeatTimeoutMs === "number")
                            message.heartbeatTimeoutMs = object.heartbeatTimeoutMs;
                        else if (typeof object.heartbeatTimeoutMs === "object")
                            message.heartbeatTimeoutMs = new $util.LongBits(object.heartbeatTimeoutMs.low >>> 0, object.heartbeatTimeoutMs.high >>> 0).toNumber();
                if (object.retryPolicy != null) {
                    if (!$util.isObject(object.retryPolicy))
                        throw $TypeError(".reprise.v1.ScheduleActivityTask.retryPolicy: object expected");
                    message.retryPolicy = $root.reprise.v1.RetryPolicy.fromObject(object.retryPolicy, _depth + 1);
                }
                return message;
            };

            ScheduleActivityTask.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.activityId = "";
                    object.activityType = "";
                    object.taskQueue = "";
                    object.input = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduleToCloseTimeoutMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduleToCloseTimeoutMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduleToStartTimeoutMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduleToStartTimeoutMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startToCloseTimeoutMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startToCloseTimeoutMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.heartbeatTimeoutMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.heartbeatTimeoutMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.retryPolicy = null;
                }
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId"))
                    object.activityId = message.activityId;
                if (message.activityType != null && $Object.hasOwnProperty.call(message, "activityType"))
                    object.activityType = message.activityType;
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue"))
                    object.taskQueue = message.taskQueue;
                if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                    object.input = $root.reprise.v1.Payloads.toObject(message.input, options, _depth + 1);
                if (message.scheduleToCloseTimeoutMs != null && $Object.hasOwnProperty.call(message, "scheduleToCloseTimeoutMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduleToCloseTimeoutMs = typeof message.scheduleToCloseTimeoutMs === "number" ? $BigInt(message.scheduleToCloseTimeoutMs) : $util.Long.fromBits(message.scheduleToCloseTimeoutMs.low >>> 0, message.scheduleToCloseTimeoutMs.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduleToCloseTimeoutMs === "number")
                        object.scheduleToCloseTimeoutMs = options.longs === $String ? $String(message.scheduleToCloseTimeoutMs) : message.scheduleToCloseTimeoutMs;
                    else
                        object.scheduleToCloseTimeoutMs = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduleToCloseTimeoutMs) : options.longs === $Number ? new $util.LongBits(message.scheduleToCloseTimeoutMs.low >>> 0, message.scheduleToCloseTimeoutMs.high >>> 0).toNumber() : message.scheduleToCloseTimeoutMs;
                if (message.scheduleToStartTimeoutMs != null && $Object.hasOwnProperty.call(message, "scheduleToStartTimeoutMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduleToStartTimeoutMs = typeof message.scheduleToStartTimeoutMs === "number" ? $BigInt(message.scheduleToStartTimeoutMs) : $util.Long.fromBits(message.scheduleToStartTimeoutMs.low >>> 0, message.scheduleToStartTimeoutMs.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduleToStartTimeoutMs === "number")
                        object.scheduleToStartTimeoutMs = options.longs === $String ? $String(message.scheduleToStartTimeoutMs) : message.scheduleToStartTimeoutMs;
                    else
                        object.scheduleToStartTimeoutMs = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduleToStartTimeoutMs) : options.longs === $Number ? new $util.LongBits(message.scheduleToStartTimeoutMs.low >>> 0, message.scheduleToStartTimeoutMs.high >>> 0).toNumber() : message.scheduleToStartTimeoutMs;
                if (message.startToCloseTimeoutMs != null && $Object.hasOwnProperty.call(message, "startToCloseTimeoutMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startToCloseTimeoutMs = typeof message.startToCloseTimeoutMs === "number" ? $BigInt(message.startToCloseTimeoutMs) : $util.Long.fromBits(message.startToCloseTimeoutMs.low >>> 0, message.startToCloseTimeoutMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startToCloseTimeoutMs === "number")
                        object.startToCloseTimeoutMs = options.longs === $String ? $String(message.startToCloseTimeoutMs) : message.startToCloseTimeoutMs;
                    else
                        object.startToCloseTimeoutMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startToCloseTimeoutMs) : options.longs === $Number ? new $util.LongBits(message.startToCloseTimeoutMs.low >>> 0, message.startToCloseTimeoutMs.high >>> 0).toNumber() : message.startToCloseTimeoutMs;
                if (message.heartbeatTimeoutMs != null && $Object.hasOwnProperty.call(message, "heartbeatTimeoutMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.heartbeatTimeoutMs = typeof message.heartbeatTimeoutMs === "number" ? $BigInt(message.heartbeatTimeoutMs) : $util.Long.fromBits(message.heartbeatTimeoutMs.low >>> 0, message.heartbeatTimeoutMs.high >>> 0, false).toBigInt();
                    else if (typeof message.heartbeatTimeoutMs === "number")
                        object.heartbeatTimeoutMs = options.longs === $String ? $String(message.heartbeatTimeoutMs) : message.heartbeatTimeoutMs;
                    else
                        object.heartbeatTimeoutMs = options.longs === $String ? $util.Long.prototype.toString.call(message.heartbeatTimeoutMs) : options.longs === $Number ? new $util.LongBits(message.heartbeatTimeoutMs.low >>> 0, message.heartbeatTimeoutMs.high >>> 0).toNumber() : message.heartbeatTimeoutMs;
                if (message.retryPolicy != null && $Object.hasOwnProperty.call(message, "retryPolicy"))
                    object.retryPolicy = $root.reprise.v1.RetryPolicy.toObject(message.retryPolicy, options, _depth + 1);
                return object;
            };

            ScheduleActivityTask.prototype.toJSON = function() {
                return ScheduleActivityTask.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ScheduleActivityTask;
        })();

        v1.RequestCancelActivityTask = (function() {

            const RequestCancelActivityTask = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RequestCancelActivityTask.prototype.activityId = "";

            RequestCancelActivityTask.create = function(properties) {
                return new RequestCancelActivityTask(properties);
            };

            RequestCancelActivityTask.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId") && message.activityId !== "")
                    writer.uint32(10).string(message.activityId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RequestCancelActivityTask.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.RequestCancelActivityTask();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activityId = value;
                            else
                                delete message.activityId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RequestCancelActivityTask.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.RequestCancelActivityTask)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.RequestCancelActivityTask: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.RequestCancelActivityTask();
                if (object.activityId != null)
                    if (typeof object.activityId !== "string" || object.activityId.length)
                        message.activityId = $String(object.activityId);
                return message;
            };

            RequestCancelActivityTask.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.activityId = "";
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId"))
                    object.activityId = message.activityId;
                return object;
            };

            RequestCancelActivityTask.prototype.toJSON = function() {
                return RequestCancelActivityTask.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RequestCancelActivityTask;
        })();

        v1.StartTimer = (function() {

            const StartTimer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StartTimer.prototype.timerId = "";
            StartTimer.prototype.startToFireTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            StartTimer.create = function(properties) {
                return new StartTimer(properties);
            };

            StartTimer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timerId != null && $Object.hasOwnProperty.call(message, "timerId") && message.timerId !== "")
                    writer.uint32(10).string(message.timerId);
                if (message.startToFireTimeoutMs != null && $Object.hasOwnProperty.call(message, "startToFireTimeoutMs") && (typeof message.startToFireTimeoutMs === "object" ? message.startToFireTimeoutMs.low || message.startToFireTimeoutMs.high : message.startToFireTimeoutMs !== 0))
                    writer.uint32(16).int64(message.startToFireTimeoutMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StartTimer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.StartTimer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.timerId = value;
                            else
                                delete message.timerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startToFireTimeoutMs = value;
                            else
                                delete message.startToFireTimeoutMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StartTimer.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.StartTimer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.StartTimer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.StartTimer();
                if (object.timerId != null)
                    if (typeof object.timerId !== "string" || object.timerId.length)
                        message.timerId = $String(object.timerId);
                if (object.startToFireTimeoutMs != null)
                    if (typeof object.startToFireTimeoutMs === "object" ? object.startToFireTimeoutMs.low || object.startToFireTimeoutMs.high : $Number(object.startToFireTimeoutMs) !== 0)
                        if ($util.Long)
                            message.startToFireTimeoutMs = $util.Long.fromValue(object.startToFireTimeoutMs, false);
                        else if (typeof object.startToFireTimeoutMs === "string")
                            message.startToFireTimeoutMs = $parseInt(object.startToFireTimeoutMs, 10);
                        else if (typeof object.startToFireTimeoutMs === "number")
                            message.startToFireTimeoutMs = object.startToFireTimeoutMs;
                        else if (typeof object.startToFireTimeoutMs === "object")
                            message.startToFireTimeoutMs = new $util.LongBits(object.startToFireTimeoutMs.low >>> 0, object.startToFireTimeoutMs.high >>> 0).toNumber();
                return message;
            };

            StartTimer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.timerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startToFireTimeoutMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startToFireTimeoutMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.timerId != null && $Object.hasOwnProperty.call(message, "timerId"))
                    object.timerId = message.timerId;
                if (message.startToFireTimeoutMs != null && $Object.hasOwnProperty.call(message, "startToFireTimeoutMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startToFireTimeoutMs = typeof message.startToFireTimeoutMs === "number" ? $BigInt(message.startToFireTimeoutMs) : $util.Long.fromBits(message.startToFireTimeoutMs.low >>> 0, message.startToFireTimeoutMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startToFireTimeoutMs === "number")
                        object.startToFireTimeoutMs = options.longs === $String ? $String(message.startToFireTimeoutMs) : message.startToFireTimeoutMs;
                    else
                        object.startToFireTimeoutMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startToFireTimeoutMs) : options.longs === $Number ? new $util.LongBits(message.startToFireTimeoutMs.low >>> 0, message.startToFireTimeoutMs.high >>> 0).toNumber() : message.startToFireTimeoutMs;
                return object;
            };

            StartTimer.prototype.toJSON = function() {
                return StartTimer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return StartTimer;
        })();

        v1.CompleteWorkflowExecution = (function() {

            const CompleteWorkflowExecution = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CompleteWorkflowExecution.prototype.result = null;

            CompleteWorkflowExecution.create = function(properties) {
                return new CompleteWorkflowExecution(properties);
            };

            CompleteWorkflowExecution.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    $root.reprise.v1.Payloads.encode(message.result, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CompleteWorkflowExecution.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.CompleteWorkflowExecution();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.result = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CompleteWorkflowExecution.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.CompleteWorkflowExecution)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.CompleteWorkflowExecution: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.CompleteWorkflowExecution();
                if (object.result != null) {
                    if (!$util.isObject(object.result))
                        throw $TypeError(".reprise.v1.CompleteWorkflowExecution.result: object expected");
                    message.result = $root.reprise.v1.Payloads.fromObject(object.result, _depth + 1);
                }
                return message;
            };

            CompleteWorkflowExecution.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.result = null;
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    object.result = $root.reprise.v1.Payloads.toObject(message.result, options, _depth + 1);
                return object;
            };

            CompleteWorkflowExecution.prototype.toJSON = function() {
                return CompleteWorkflowExecution.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CompleteWorkflowExecution;
        })();

        v1.FailWorkflowExecution = (function() {

            const FailWorkflowExecution = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FailWorkflowExecution.prototype.failure = null;

            FailWorkflowExecution.create = function(properties) {
                return new FailWorkflowExecution(properties);
            };

            FailWorkflowExecution.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    $root.reprise.v1.Failure.encode(message.failure, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FailWorkflowExecution.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.FailWorkflowExecution();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.failure = $root.reprise.v1.Failure.decode(reader, reader.size(), $undefined, _depth + 1, message.failure);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FailWorkflowExecution.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.FailWorkflowExecution)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.FailWorkflowExecution: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.FailWorkflowExecution();
                if (object.failure != null) {
                    if (!$util.isObject(object.failure))
                        throw $TypeError(".reprise.v1.FailWorkflowExecution.failure: object expected");
                    message.failure = $root.reprise.v1.Failure.fromObject(object.failure, _depth + 1);
                }
                return message;
            };

            FailWorkflowExecution.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.failure = null;
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    object.failure = $root.reprise.v1.Failure.toObject(message.failure, options, _depth + 1);
                return object;
            };

            FailWorkflowExecution.prototype.toJSON = function() {
                return FailWorkflowExecution.toObject(this, $protobuf.util.toJSONOptions);
            };

            return FailWorkflowExecution;
        })();

        v1.CancelTimer = (function() {

            const CancelTimer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CancelTimer.prototype.timerId = "";

            CancelTimer.create = function(properties) {
                return new CancelTimer(properties);
            };

            CancelTimer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timerId != null && $Object.hasOwnProperty.call(message, "timerId") && message.timerId !== "")
                    writer.uint32(10).string(message.timerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CancelTimer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.CancelTimer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.timerId = value;
                            else
                                delete message.timerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CancelTimer.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.CancelTimer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.CancelTimer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.CancelTimer();
                if (object.timerId != null)
                    if (typeof object.timerId !== "string" || object.timerId.length)
                        message.timerId = $String(object.timerId);
                return message;
            };

            CancelTimer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.timerId = "";
                if (message.timerId != null && $Object.hasOwnProperty.call(message, "timerId"))
                    object.timerId = message.timerId;
                return object;
            };

            CancelTimer.prototype.toJSON = function() {
                return CancelTimer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CancelTimer;
        })();

        v1.RecordMarker = (function() {

            const RecordMarker = function (properties) {
                this.details = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RecordMarker.prototype.markerName = "";
            RecordMarker.prototype.details = $util.emptyObject;
            RecordMarker.prototype.failure = null;

            RecordMarker.create = function(properties) {
                return new RecordMarker(properties);
            };

            RecordMarker.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.markerName != null && $Object.hasOwnProperty.call(message, "markerName") && message.markerName !== "")
                    writer.uint32(10).string(message.markerName);
                if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                    for (let keys = $Object.keys(message.details), i = 0; i < keys.length; ++i) {
                        writer.uint32(18).fork().uint32(10).string(keys[i]);
                        $root.reprise.v1.Payloads.encode(message.details[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    $root.reprise.v1.Failure.encode(message.failure, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RecordMarker.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.RecordMarker();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.markerName = value;
                            else
                                delete message.markerName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.details === $util.emptyObject)
                                message.details = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.details, key);
                            message.details[key] = value || new $root.reprise.v1.Payloads();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.failure = $root.reprise.v1.Failure.decode(reader, reader.size(), $undefined, _depth + 1, message.failure);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RecordMarker.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.RecordMarker)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.RecordMarker: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.RecordMarker();
                if (object.markerName != null)
                    if (typeof object.markerName !== "string" || object.markerName.length)
                        message.markerName = $String(object.markerName);
                if (object.details) {
                    if (!$util.isObject(object.details))
                        throw $TypeError(".reprise.v1.RecordMarker.details: object expected");
                    message.details = {};
                    for (let keys = $Object.keys(object.details), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.details, keys[i]);
                        if (!$util.isObject(object.details[keys[i]]))
                            throw $TypeError(".reprise.v1.RecordMarker.details: object expected");
                        message.details[keys[i]] = $root.reprise.v1.Payloads.fromObject(object.details[keys[i]], _depth + 1);
                    }
                }
                if (object.failure != null) {
                    if (!$util.isObject(object.failure))
                        throw $TypeError(".reprise.v1.RecordMarker.failure: object expected");
                    message.failure = $root.reprise.v1.Failure.fromObject(object.failure, _depth + 1);
                }
                return message;
            };

            RecordMarker.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.details = {};
                if (options.defaults) {
                    object.markerName = "";
                    object.failure = null;
                }
                if (message.markerName != null && $Object.hasOwnProperty.call(message, "markerName"))
                    object.markerName = message.markerName;
                let keys2;
                if (message.details && (keys2 = $Object.keys(message.details)).length) {
                    object.details = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.details, keys2[j]);
                        object.details[keys2[j]] = $root.reprise.v1.Payloads.toObject(message.details[keys2[j]], options, _depth + 1);
                    }
                }
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    object.failure = $root.reprise.v1.Failure.toObject(message.failure, options, _depth + 1);
                return object;
            };

            RecordMarker.prototype.toJSON = function() {
                return RecordMarker.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RecordMarker;
        })();

        v1.Payload = (function() {

            const Payload = function (properties) {
                this.metadata = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Payload.prototype.metadata = $util.emptyObject;
            Payload.prototype.data = $util.newBuffer([]);

            Payload.create = function(properties) {
                return new Payload(properties);
            };

            Payload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    for (let keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i)
                        writer.uint32(10).fork().uint32(10).string(keys[i]).uint32(18).bytes(message.metadata[keys[i]]).ldelim();
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(18).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Payload.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.Payload();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.metadata === $util.emptyObject)
                                message.metadata = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = [];
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.bytes();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.metadata, key);
                            message.metadata[key] = value;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Payload.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.Payload)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.Payload: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.Payload();
                if (object.metadata) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".reprise.v1.Payload.metadata: object expected");
                    message.metadata = {};
                    for (let keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.metadata, keys[i]);
                        if (typeof object.metadata[keys[i]] === "string")
                            $util.base64.decode(object.metadata[keys[i]], message.metadata[keys[i]] = $util.newBuffer($util.base64.length(object.metadata[keys[i]])), 0);
                        else if (object.metadata[keys[i]].length >= 0)
                            message.metadata[keys[i]] = object.metadata[keys[i]];
                    }
                }
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            Payload.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.metadata = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                let keys2;
                if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
                    object.metadata = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.metadata, keys2[j]);
                        object.metadata[keys2[j]] = options.bytes === $String ? $util.base64.encode(message.metadata[keys2[j]], 0, message.metadata[keys2[j]].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.metadata[keys2[j]]) : message.metadata[keys2[j]];
                    }
                }
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            Payload.prototype.toJSON = function() {
                return Payload.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Payload;
        })();

        v1.Payloads = (function() {

            const Payloads = function (properties) {
                this.payloads = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Payloads.prototype.payloads = $util.emptyArray;

            Payloads.create = function(properties) {
                return new Payloads(properties);
            };

            Payloads.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.payloads != null && message.payloads.length)
                    for (let i = 0; i < message.payloads.length; ++i)
                        $root.reprise.v1.Payload.encode(message.payloads[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Payloads.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.Payloads();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.payloads && message.payloads.length))
                                message.payloads = [];
                            message.payloads.push($root.reprise.v1.Payload.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Payloads.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.Payloads)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.Payloads: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.Payloads();
                if (object.payloads) {
                    if (!$Array.isArray(object.payloads))
                        throw $TypeError(".reprise.v1.Payloads.payloads: array expected");
                    message.payloads = $Array(object.payloads.length);
                    for (let i = 0; i < object.payloads.length; ++i) {
                        if (!$util.isObject(object.payloads[i]))
                            throw $TypeError(".reprise.v1.Payloads.payloads: object expected");
                        message.payloads[i] = $root.reprise.v1.Payload.fromObject(object.payloads[i], _depth + 1);
                    }
                }
                return message;
            };

            Payloads.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.payloads = [];
                if (message.payloads && message.payloads.length) {
                    object.payloads = $Array(message.payloads.length);
                    for (let j = 0; j < message.payloads.length; ++j)
                        object.payloads[j] = $root.reprise.v1.Payload.toObject(message.payloads[j], options, _depth + 1);
                }
                return object;
            };

            Payloads.prototype.toJSON = function() {
                return Payloads.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Payloads;
        })();

        v1.WorkflowExecution = (function() {

            const WorkflowExecution = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WorkflowExecution.prototype.workflowId = "";
            WorkflowExecution.prototype.runId = "";

            WorkflowExecution.create = function(properties) {
                return new WorkflowExecution(properties);
            };

            WorkflowExecution.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workflowId != null && $Object.hasOwnProperty.call(message, "workflowId") && message.workflowId !== "")
                    writer.uint32(10).string(message.workflowId);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(18).string(message.runId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WorkflowExecution.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.WorkflowExecution();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workflowId = value;
                            else
                                delete message.workflowId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WorkflowExecution.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.WorkflowExecution)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.WorkflowExecution: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.WorkflowExecution();
                if (object.workflowId != null)
                    if (typeof object.workflowId !== "string" || object.workflowId.length)
                        message.workflowId = $String(object.workflowId);
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                return message;
            };

            WorkflowExecution.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.workflowId = "";
                    object.runId = "";
                }
                if (message.workflowId != null && $Object.hasOwnProperty.call(message, "workflowId"))
                    object.workflowId = message.workflowId;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                return object;
            };

            WorkflowExecution.prototype.toJSON = function() {
                return WorkflowExecution.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorkflowExecution;
        })();

        v1.RetryPolicy = (function() {

            const RetryPolicy = function (properties) {
                this.nonRetryableErrorTypes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RetryPolicy.prototype.initialIntervalMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            RetryPolicy.prototype.backoffCoefficient = 0;
            RetryPolicy.prototype.maximumIntervalMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            RetryPolicy.prototype.maximumAttempts = 0;
            RetryPolicy.prototype.nonRetryableErrorTypes = $util.emptyArray;

            RetryPolicy.create = function(properties) {
                return new RetryPolicy(properties);
            };

            RetryPolicy.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.initialIntervalMs != null && $Object.hasOwnProperty.call(message, "initialIntervalMs") && (typeof message.initialIntervalMs === "object" ? message.initialIntervalMs.low || message.initialIntervalMs.high : message.initialIntervalMs !== 0))
                    writer.uint32(8).int64(message.initialIntervalMs);
                if (message.backoffCoefficient != null && $Object.hasOwnProperty.call(message, "backoffCoefficient") && !$Object.is(message.backoffCoefficient, 0))
                    writer.uint32(17).double(message.backoffCoefficient);
                if (message.maximumIntervalMs != null && $Object.hasOwnProperty.call(message, "maximumIntervalMs") && (typeof message.maximumIntervalMs === "object" ? message.maximumIntervalMs.low || message.maximumIntervalMs.high : message.maximumIntervalMs !== 0))
                    writer.uint32(24).int64(message.maximumIntervalMs);
                if (message.maximumAttempts != null && $Object.hasOwnProperty.call(message, "maximumAttempts") && message.maximumAttempts !== 0)
                    writer.uint32(32).int32(message.maximumAttempts);
                if (message.nonRetryableErrorTypes != null && message.nonRetryableErrorTypes.length)
                    for (let i = 0; i < message.nonRetryableErrorTypes.length; ++i)
                        writer.uint32(42).string(message.nonRetryableErrorTypes[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RetryPolicy.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.RetryPolicy();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.initialIntervalMs = value;
                            else
                                delete message.initialIntervalMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.backoffCoefficient = value;
                            else
                                delete message.backoffCoefficient;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maximumIntervalMs = value;
                            else
                                delete message.maximumIntervalMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.maximumAttempts = value;
                            else
                                delete message.maximumAttempts;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nonRetryableErrorTypes && message.nonRetryableErrorTypes.length))
                                message.nonRetryableErrorTypes = [];
                            message.nonRetryableErrorTypes.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RetryPolicy.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.RetryPolicy)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.RetryPolicy: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.RetryPolicy();
                if (object.initialIntervalMs != null)
                    if (typeof object.initialIntervalMs === "object" ? object.initialIntervalMs.low || object.initialIntervalMs.high : $Number(object.initialIntervalMs) !== 0)
                        if ($util.Long)
                            message.initialIntervalMs = $util.Long.fromValue(object.initialIntervalMs, false);
                        else if (typeof object.initialIntervalMs === "string")
                            message.initialIntervalMs = $parseInt(object.initialIntervalMs, 10);
                        else if (typeof object.initialIntervalMs === "number")
                            message.initialIntervalMs = object.initialIntervalMs;
                        else if (typeof object.initialIntervalMs === "object")
                            message.initialIntervalMs = new $util.LongBits(object.initialIntervalMs.low >>> 0, object.initialIntervalMs.high >>> 0).toNumber();
                if (object.backoffCoefficient != null)
                    if (!$Object.is($Number(object.backoffCoefficient), 0))
                        message.backoffCoefficient = $Number(object.backoffCoefficient);
                if (object.maximumIntervalMs != null)
                    if (typeof object.maximumIntervalMs === "object" ? object.maximumIntervalMs.low || object.maximumIntervalMs.high : $Number(object.maximumIntervalMs) !== 0)
                        if ($util.Long)
                            message.maximumIntervalMs = $util.Long.fromValue(object.maximumIntervalMs, false);
                        else if (typeof object.maximumIntervalMs === "string")
                            message.maximumIntervalMs = $parseInt(object.maximumIntervalMs, 10);
                        else if (typeof object.maximumIntervalMs === "number")
                            message.maximumIntervalMs = object.maximumIntervalMs;
                        else if (typeof object.maximumIntervalMs === "object")
                            message.maximumIntervalMs = new $util.LongBits(object.maximumIntervalMs.low >>> 0, object.maximumIntervalMs.high >>> 0).toNumber();
                if (object.maximumAttempts != null)
                    if ($Number(object.maximumAttempts) !== 0)
                        message.maximumAttempts = object.maximumAttempts | 0;
                if (object.nonRetryableErrorTypes) {
                    if (!$Array.isArray(object.nonRetryableErrorTypes))
                        throw $TypeError(".reprise.v1.RetryPolicy.nonRetryableErrorTypes: array expected");
                    message.nonRetryableErrorTypes = $Array(object.nonRetryableErrorTypes.length);
                    for (let i = 0; i < object.nonRetryableErrorTypes.length; ++i)
                        message.nonRetryableErrorTypes[i] = $String(object.nonRetryableErrorTypes[i]);
                }
                return message;
            };

            RetryPolicy.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.nonRetryableErrorTypes = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.initialIntervalMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.initialIntervalMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.backoffCoefficient = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.maximumIntervalMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maximumIntervalMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.maximumAttempts = 0;
                }
                if (message.initialIntervalMs != null && $Object.hasOwnProperty.call(message, "initialIntervalMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.initialIntervalMs = typeof message.initialIntervalMs === "number" ? $BigInt(message.initialIntervalMs) : $util.Long.fromBits(message.initialIntervalMs.low >>> 0, message.initialIntervalMs.high >>> 0, false).toBigInt();
                    else if (typeof message.initialIntervalMs === "number")
                        object.initialIntervalMs = options.longs === $String ? $String(message.initialIntervalMs) : message.initialIntervalMs;
                    else
                        object.initialIntervalMs = options.longs === $String ? $util.Long.prototype.toString.call(message.initialIntervalMs) : options.longs === $Number ? new $util.LongBits(message.initialIntervalMs.low >>> 0, message.initialIntervalMs.high >>> 0).toNumber() : message.initialIntervalMs;
                if (message.backoffCoefficient != null && $Object.hasOwnProperty.call(message, "backoffCoefficient"))
                    object.backoffCoefficient = options.json && !$isFinite(message.backoffCoefficient) ? $String(message.backoffCoefficient) : message.backoffCoefficient;
                if (message.maximumIntervalMs != null && $Object.hasOwnProperty.call(message, "maximumIntervalMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maximumIntervalMs = typeof message.maximumIntervalMs === "number" ? $BigInt(message.maximumIntervalMs) : $util.Long.fromBits(message.maximumIntervalMs.low >>> 0, message.maximumIntervalMs.high >>> 0, false).toBigInt();
                    else if (typeof message.maximumIntervalMs === "number")
                        object.maximumIntervalMs = options.longs === $String ? $String(message.maximumIntervalMs) : message.maximumIntervalMs;
                    else
                        object.maximumIntervalMs = options.longs === $String ? $util.Long.prototype.toString.call(message.maximumIntervalMs) : options.longs === $Number ? new $util.LongBits(message.maximumIntervalMs.low >>> 0, message.maximumIntervalMs.high >>> 0).toNumber() : message.maximumIntervalMs;
                if (message.maximumAttempts != null && $Object.hasOwnProperty.call(message, "maximumAttempts"))
                    object.maximumAttempts = message.maximumAttempts;
                if (message.nonRetryableErrorTypes && message.nonRetryableErrorTypes.length) {
                    object.nonRetryableErrorTypes = $Array(message.nonRetryableErrorTypes.length);
                    for (let j = 0; j < message.nonRetryableErrorTypes.length; ++j)
                        object.nonRetryableErrorTypes[j] = message.nonRetryableErrorTypes[j];
                }
                return object;
            };

            RetryPolicy.prototype.toJSON = function() {
                return RetryPolicy.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RetryPolicy;
        })();

        v1.TimeoutType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TIMEOUT_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TIMEOUT_TYPE_START_TO_CLOSE"] = 1;
            values[valuesById[2] = "TIMEOUT_TYPE_SCHEDULE_TO_START"] = 2;
            values[valuesById[3] = "TIMEOUT_TYPE_SCHEDULE_TO_CLOSE"] = 3;
            values[valuesById[4] = "TIMEOUT_TYPE_HEARTBEAT"] = 4;
            return values;
        })();

        v1.RetryState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RETRY_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RETRY_STATE_IN_PROGRESS"] = 1;
            values[valuesById[2] = "RETRY_STATE_NON_RETRYABLE_FAILURE"] = 2;
            values[valuesById[3] = "RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED"] = 3;
            values[valuesById[4] = "RETRY_STATE_TIMEOUT"] = 4;
            return values;
        })();

        v1.Failure = (function() {

            const Failure = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Failure.prototype.message = "";
            Failure.prototype.source = "";
            Failure.prototype.stack = "";
            Failure.prototype.cause = null;
            Failure.prototype.application = null;
            Failure.prototype.activity = null;
            Failure.prototype.timeout = null;
            Failure.prototype.canceled = null;

            let $oneOfFields;

            $Object.defineProperty(Failure.prototype, "info", {
                get: $util.oneOfGetter($oneOfFields = ["application", "activity", "timeout", "canceled"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Failure.create = function(properties) {
                return new Failure(properties);
            };

            Failure.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(10).string(message.message);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(18).string(message.source);
                if (message.stack != null && $Object.hasOwnProperty.call(message, "stack") && message.stack !== "")
                    writer.uint32(26).string(message.stack);
                if (message.cause != null && $Object.hasOwnProperty.call(message, "cause"))
                    $root.reprise.v1.Failure.encode(message.cause, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.application != null && $Object.hasOwnProperty.call(message, "application"))
                    $root.reprise.v1.ApplicationFailureInfo.encode(message.application, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.activity != null && $Object.hasOwnProperty.call(message, "activity"))
                    $root.reprise.v1.ActivityFailureInfo.encode(message.activity, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout"))
                    $root.reprise.v1.TimeoutFailureInfo.encode(message.timeout, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.canceled != null && $Object.hasOwnProperty.call(message, "canceled"))
                    $root.reprise.v1.CanceledFailureInfo.encode(message.canceled, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Failure.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.Failure();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stack = value;
                            else
                                delete message.stack;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.cause = $root.reprise.v1.Failure.decode(reader, reader.size(), $undefined, _depth + 1, message.cause);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.application = $root.reprise.v1.ApplicationFailureInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.application);
                            message.info = "application";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.activity = $root.reprise.v1.ActivityFailureInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.activity);
                            message.info = "activity";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.timeout = $root.reprise.v1.TimeoutFailureInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.timeout);
                            message.info = "timeout";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.canceled = $root.reprise.v1.CanceledFailureInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.canceled);
                            message.info = "canceled";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Failure.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.Failure)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.Failure: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.Failure();
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.stack != null)
                    if (typeof object.stack !== "string" || object.stack.length)
                        message.stack = $String(object.stack);
                if (object.cause != null) {
                    if (!$util.isObject(object.cause))
                        throw $TypeError(".reprise.v1.Failure.cause: object expected");
                    message.cause = $root.reprise.v1.Failure.fromObject(object.cause, _depth + 1);
                }
                if (object.application != null) {
                    if (!$util.isObject(object.application))
                        throw $TypeError(".reprise.v1.Failure.application: object expected");
                    message.application = $root.reprise.v1.ApplicationFailureInfo.fromObject(object.application, _depth + 1);
                }
                if (object.activity != null) {
                    if (!$util.isObject(object.activity))
                        throw $TypeError(".reprise.v1.Failure.activity: object expected");
                    message.activity = $root.reprise.v1.ActivityFailureInfo.fromObject(object.activity, _depth + 1);
                }
                if (object.timeout != null) {
                    if (!$util.isObject(object.timeout))
                        throw $TypeError(".reprise.v1.Failure.timeout: object expected");
                    message.timeout = $root.reprise.v1.TimeoutFailureInfo.fromObject(object.timeout, _depth + 1);
                }
                if (object.canceled != null) {
                    if (!$util.isObject(object.canceled))
                        throw $TypeError(".reprise.v1.Failure.canceled: object expected");
                    message.canceled = $root.reprise.v1.CanceledFailureInfo.fromObject(object.canceled, _depth + 1);
                }
                return message;
            };

            Failure.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.message = "";
                    object.source = "";
                    object.stack = "";
                    object.cause = null;
                }
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.stack != null && $Object.hasOwnProperty.call(message, "stack"))
                    object.stack = message.stack;
                if (message.cause != null && $Object.hasOwnProperty.call(message, "cause"))
                    object.cause = $root.reprise.v1.Failure.toObject(message.cause, options, _depth + 1);
                if (message.application != null && $Object.hasOwnProperty.call(message, "application")) {
                    object.application = $root.reprise.v1.ApplicationFailureInfo.toObject(message.application, options, _depth + 1);
                    if (options.oneofs)
                        object.info = "application";
                }
                if (message.activity != null && $Object.hasOwnProperty.call(message, "activity")) {
                    object.activity = $root.reprise.v1.ActivityFailureInfo.toObject(message.activity, options, _depth + 1);
                    if (options.oneofs)
                        object.info = "activity";
                }
                if (message.timeout != null && $Object.hasOwnProperty.call(message, "timeout")) {
                    object.timeout = $root.reprise.v1.TimeoutFailureInfo.toObject(message.timeout, options, _depth + 1);
                    if (options.oneofs)
                        object.info = "timeout";
                }
                if (message.canceled != null && $Object.hasOwnProperty.call(message, "canceled")) {
                    object.canceled = $root.reprise.v1.CanceledFailureInfo.toObject(message.canceled, options, _depth + 1);
                    if (options.oneofs)
                        object.info = "canceled";
                }
                return object;
            };

            Failure.prototype.toJSON = function() {
                return Failure.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Failure;
        })();

        v1.ApplicationFailureInfo = (function() {

            const ApplicationFailureInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ApplicationFailureInfo.prototype.type = "";
            ApplicationFailureInfo.prototype.nonRetryable = false;
            ApplicationFailureInfo.prototype.details = null;

            ApplicationFailureInfo.create = function(properties) {
                return new ApplicationFailureInfo(properties);
            };

            ApplicationFailureInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(10).string(message.type);
                if (message.nonRetryable != null && $Object.hasOwnProperty.call(message, "nonRetryable") && message.nonRetryable !== false)
                    writer.uint32(16).bool(message.nonRetryable);
                if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                    $root.reprise.v1.Payloads.encode(message.details, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ApplicationFailureInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.ApplicationFailureInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.nonRetryable = value;
                            else
                                delete message.nonRetryable;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.details = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, message.details);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ApplicationFailureInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.ApplicationFailureInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.ApplicationFailureInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.ApplicationFailureInfo();
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.nonRetryable != null)
                    if (object.nonRetryable)
                        message.nonRetryable = $Boolean(object.nonRetryable);
                if (object.details != null) {
                    if (!$util.isObject(object.details))
                        throw $TypeError(".reprise.v1.ApplicationFailureInfo.details: object expected");
                    message.details = $root.reprise.v1.Payloads.fromObject(object.details, _depth + 1);
                }
                return message;
            };

            ApplicationFailureInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = "";
                    object.nonRetryable = false;
                    object.details = null;
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.nonRetryable != null && $Object.hasOwnProperty.call(message, "nonRetryable"))
                    object.nonRetryable = message.nonRetryable;
                if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                    object.details = $root.reprise.v1.Payloads.toObject(message.details, options, _depth + 1);
                return object;
            };

            ApplicationFailureInfo.prototype.toJSON = function() {
                return ApplicationFailureInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ApplicationFailureInfo;
        })();

        v1.ActivityFailureInfo = (function() {

            const ActivityFailureInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ActivityFailureInfo.prototype.activityType = "";
            ActivityFailureInfo.prototype.activityId = "";
            ActivityFailureInfo.prototype.scheduledEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityFailureInfo.prototype.startedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityFailureInfo.prototype.retryState = 0;

            ActivityFailureInfo.create = function(properties) {
                return new ActivityFailureInfo(properties);
            };

            ActivityFailureInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.activityType != null && $Object.hasOwnProperty.call(message, "activityType") && message.activityType !== "")
                    writer.uint32(10).string(message.activityType);
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId") && message.activityId !== "")
                    writer.uint32(18).string(message.activityId);
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId") && (typeof message.scheduledEventId === "object" ? message.scheduledEventId.low || message.scheduledEventId.high : message.scheduledEventId !== 0))
                    writer.uint32(24).int64(message.scheduledEventId);
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId") && (typeof message.startedEventId === "object" ? message.startedEventId.low || message.startedEventId.high : message.startedEventId !== 0))
                    writer.uint32(32).int64(message.startedEventId);
                if (message.retryState != null && $Object.hasOwnProperty.call(message, "retryState") && message.retryState !== 0)
                    writer.uint32(40).int32(message.retryState);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ActivityFailureInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.ActivityFailureInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activityType = value;
                            else
                                delete message.activityType;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activityId = value;
                            else
                                delete message.activityId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduledEventId = value;
                            else
                                delete message.scheduledEventId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedEventId = value;
                            else
                                delete message.startedEventId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.retryState = value;
                            else
                                delete message.retryState;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ActivityFailureInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.ActivityFailureInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.ActivityFailureInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.ActivityFailureInfo();
                if (object.activityType != null)
                    if (typeof object.activityType !== "string" || object.activityType.length)
                        message.activityType = $String(object.activityType);
                if (object.activityId != null)
                    if (typeof object.activityId !== "string" || object.activityId.length)
                        message.activityId = $String(object.activityId);
                if (object.scheduledEventId != null)
                    if (typeof object.scheduledEventId === "object" ? object.scheduledEventId.low || object.scheduledEventId.high : $Number(object.scheduledEventId) !== 0)
                        if ($util.Long)
                            message.scheduledEventId = $util.Long.fromValue(object.scheduledEventId, false);
                        else if (typeof object.scheduledEventId === "string")
                            message.scheduledEventId = $parseInt(object.scheduledEventId, 10);
                        else if (typeof object.scheduledEventId === "number")
                            message.scheduledEventId = object.scheduledEventId;
                        else if (typeof object.scheduledEventId === "object")
                            message.scheduledEventId = new $util.LongBits(object.scheduledEventId.low >>> 0, object.scheduledEventId.high >>> 0).toNumber();
                if (object.startedEventId != null)
                    if (typeof object.startedEventId === "object" ? object.startedEventId.low || object.startedEventId.high : $Number(object.startedEventId) !== 0)
                        if ($util.Long)
                            message.startedEventId = $util.Long.fromValue(object.startedEventId, false);
                        else if (typeof object.startedEventId === "string")
                            message.startedEventId = $parseInt(object.startedEventId, 10);
                        else if (typeof object.startedEventId === "number")
                            message.startedEventId = object.startedEventId;
                        else if (typeof object.startedEventId === "object")
                            message.startedEventId = new $util.LongBits(object.startedEventId.low >>> 0, object.startedEventId.high >>> 0).toNumber();
                if (object.retryState !== 0 && (typeof object.retryState !== "string" || $root.reprise.v1.RetryState[object.retryState] !== 0))
                    switch (object.retryState) {
                    case "RETRY_STATE_UNSPECIFIED":
                    case 0:
                        message.retryState = 0;
                        break;
                    case "RETRY_STATE_IN_PROGRESS":
                    case 1:
                        message.retryState = 1;
                        break;
                    case "RETRY_STATE_NON_RETRYABLE_FAILURE":
                    case 2:
                        message.retryState = 2;
                        break;
                    case "RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED":
                    case 3:
                        message.retryState = 3;
                        break;
                    case "RETRY_STATE_TIMEOUT":
                    case 4:
                        message.retryState = 4;
                        break;
                    default:
                        if (typeof object.retryState === "number" && (object.retryState | 0) === object.retryState)
                            message.retryState = object.retryState;
                    }
                return message;
            };

            ActivityFailureInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.activityType = "";
                    object.activityId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduledEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduledEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.retryState = options.enums === $String ? "RETRY_STATE_UNSPECIFIED" : 0;
                }
                if (message.activityType != null && $Object.hasOwnProperty.call(message, "activityType"))
                    object.activityType = message.activityType;
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId"))
                    object.activityId = message.activityId;
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduledEventId = typeof message.scheduledEventId === "number" ? $BigInt(message.scheduledEventId) : $util.Long.fromBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduledEventId === "number")
                        object.scheduledEventId = options.longs === $String ? $String(message.scheduledEventId) : message.scheduledEventId;
                    else
                        object.scheduledEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledEventId) : options.longs === $Number ? new $util.LongBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0).toNumber() : message.scheduledEventId;
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedEventId = typeof message.startedEventId === "number" ? $BigInt(message.startedEventId) : $util.Long.fromBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.startedEventId === "number")
                        object.startedEventId = options.longs === $String ? $String(message.startedEventId) : message.startedEventId;
                    else
                        object.startedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.startedEventId) : options.longs === $Number ? new $util.LongBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0).toNumber() : message.startedEventId;
                if (message.retryState != null && $Object.hasOwnProperty.call(message, "retryState"))
                    object.retryState = options.enums === $String ? $root.reprise.v1.RetryState[message.retryState] === $undefined ? message.retryState : $root.reprise.v1.RetryState[message.retryState] : message.retryState;
                return object;
            };

            ActivityFailureInfo.prototype.toJSON = function() {
                return ActivityFailureInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ActivityFailureInfo;
        })();

        v1.TimeoutFailureInfo = (function() {

            const TimeoutFailureInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TimeoutFailureInfo.prototype.timeoutType = 0;
            TimeoutFailureInfo.prototype.lastHeartbeatDetails = null;

            TimeoutFailureInfo.create = function(properties) {
                return new TimeoutFailureInfo(properties);
            };

            TimeoutFailureInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeoutType != null && $Object.hasOwnProperty.call(message, "timeoutType") && message.timeoutType !== 0)
                    writer.uint32(8).int32(message.timeoutType);
                if (message.lastHeartbeatDetails != null && $Object.hasOwnProperty.call(message, "lastHeartbeatDetails"))
                    $root.reprise.v1.Payloads.encode(message.lastHeartbeatDetails, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TimeoutFailureInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.TimeoutFailureInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.timeoutType = value;
                            else
                                delete message.timeoutType;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.lastHeartbeatDetails = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, message.lastHeartbeatDetails);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TimeoutFailureInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.TimeoutFailureInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.TimeoutFailureInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.TimeoutFailureInfo();
                if (object.timeoutType !== 0 && (typeof object.timeoutType !== "string" || $root.reprise.v1.TimeoutType[object.timeoutType] !== 0))
                    switch (object.timeoutType) {
                    case "TIMEOUT_TYPE_UNSPECIFIED":
                    case 0:
                        message.timeoutType = 0;
                        break;
                    case "TIMEOUT_TYPE_START_TO_CLOSE":
                    case 1:
                        message.timeoutType = 1;
                        break;
                    case "TIMEOUT_TYPE_SCHEDULE_TO_START":
                    case 2:
                        message.timeoutType = 2;
                        break;
                    case "TIMEOUT_TYPE_SCHEDULE_TO_CLOSE":
                    case 3:
                        message.timeoutType = 3;
                        break;
                    case "TIMEOUT_TYPE_HEARTBEAT":
                    case 4:
                        message.timeoutType = 4;
                        break;
                    default:
                        if (typeof object.timeoutType === "number" && (object.timeoutType | 0) === object.timeoutType)
                            message.timeoutType = object.timeoutType;
                    }
                if (object.lastHeartbeatDetails != null) {
                    if (!$util.isObject(object.lastHeartbeatDetails))
                        throw $TypeError(".reprise.v1.TimeoutFailureInfo.lastHeartbeatDetails: object expected");
                    message.lastHeartbeatDetails = $root.reprise.v1.Payloads.fromObject(object.lastHeartbeatDetails, _depth + 1);
                }
                return message;
            };

            TimeoutFailureInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.timeoutType = options.enums === $String ? "TIMEOUT_TYPE_UNSPECIFIED" : 0;
                    object.lastHeartbeatDetails = null;
                }
                if (message.timeoutType != null && $Object.hasOwnProperty.call(message, "timeoutType"))
                    object.timeoutType = options.enums === $String ? $root.reprise.v1.TimeoutType[message.timeoutType] === $undefined ? message.timeoutType : $root.reprise.v1.TimeoutType[message.timeoutType] : message.timeoutType;
                if (message.lastHeartbeatDetails != null && $Object.hasOwnProperty.call(message, "lastHeartbeatDetails"))
                    object.lastHeartbeatDetails = $root.reprise.v1.Payloads.toObject(message.lastHeartbeatDetails, options, _depth + 1);
                return object;
            };

            TimeoutFailureInfo.prototype.toJSON = function() {
                return TimeoutFailureInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TimeoutFailureInfo;
        })();

        v1.CanceledFailureInfo = (function() {

            const CanceledFailureInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CanceledFailureInfo.prototype.details = null;

            CanceledFailureInfo.create = function(properties) {
                return new CanceledFailureInfo(properties);
            };

            CanceledFailureInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                    $root.reprise.v1.Payloads.encode(message.details, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CanceledFailureInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.CanceledFailureInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.details = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, message.details);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CanceledFailureInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.CanceledFailureInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.CanceledFailureInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.CanceledFailureInfo();
                if (object.details != null) {
                    if (!$util.isObject(object.details))
                        throw $TypeError(".reprise.v1.CanceledFailureInfo.details: object expected");
                    message.details = $root.reprise.v1.Payloads.fromObject(object.details, _depth + 1);
                }
                return message;
            };

            CanceledFailureInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.details = null;
                if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                    object.details = $root.reprise.v1.Payloads.toObject(message.details, options, _depth + 1);
                return object;
            };

            CanceledFailureInfo.prototype.toJSON = function() {
                return CanceledFailureInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CanceledFailureInfo;
        })();

        v1.HistoryEvent = (function() {

            const HistoryEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            HistoryEvent.prototype.eventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            HistoryEvent.prototype.eventTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            HistoryEvent.prototype.workflowExecutionStarted = null;
            HistoryEvent.prototype.workflowExecutionCompleted = null;
            HistoryEvent.prototype.workflowExecutionFailed = null;
            HistoryEvent.prototype.workflowTaskScheduled = null;
            HistoryEvent.prototype.workflowTaskStarted = null;
            HistoryEvent.prototype.workflowTaskCompleted = null;
            HistoryEvent.prototype.workflowTaskFailed = null;
            HistoryEvent.prototype.workflowTaskTimedOut = null;
            HistoryEvent.prototype.activityTaskScheduled = null;
            HistoryEvent.prototype.activityTaskStarted = null;
            HistoryEvent.prototype.activityTaskCompleted = null;
            HistoryEvent.prototype.activityTaskFailed = null;
            HistoryEvent.prototype.activityTaskTimedOut = null;
            HistoryEvent.prototype.activityTaskCancelRequested = null;
            HistoryEvent.prototype.activityTaskCanceled = null;
            HistoryEvent.prototype.timerStarted = null;
            HistoryEvent.prototype.timerFired = null;
            HistoryEvent.prototype.timerCanceled = null;
            HistoryEvent.prototype.markerRecorded = null;

            let $oneOfFields;

            $Object.defineProperty(HistoryEvent.prototype, "attributes", {
                get: $util.oneOfGetter($oneOfFields = ["workflowExecutionStarted", "workflowExecutionCompleted", "workflowExecutionFailed", "workflowTaskScheduled", "workflowTaskStarted", "workflowTaskCompleted", "workflowTaskFailed", "workflowTaskTimedOut", "activityTaskScheduled", "activityTaskStarted", "activityTaskCompleted", "activityTaskFailed", "activityTaskTimedOut", "activityTaskCancelRequested", "activityTaskCanceled", "timerStarted", "timerFired", "timerCanceled", "markerRecorded"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            HistoryEvent.create = function(properties) {
                return new HistoryEvent(properties);
            };

            HistoryEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId") && (typeof message.eventId === "object" ? message.eventId.low || message.eventId.high : message.eventId !== 0))
                    writer.uint32(8).int64(message.eventId);
                if (message.eventTimeMs != null && $Object.hasOwnProperty.call(message, "eventTimeMs") && (typeof message.eventTimeMs === "object" ? message.eventTimeMs.low || message.eventTimeMs.high : message.eventTimeMs !== 0))
                    writer.uint32(16).int64(message.eventTimeMs);
                if (message.workflowExecutionStarted != null && $Object.hasOwnProperty.call(message, "workflowExecutionStarted"))
                    $root.reprise.v1.WorkflowExecutionStarted.encode(message.workflowExecutionStarted, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.workflowExecutionCompleted != null && $Object.hasOwnProperty.call(message, "workflowExecutionCompleted"))
                    $root.reprise.v1.WorkflowExecutionCompleted.encode(message.workflowExecutionCompleted, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.workflowExecutionFailed != null && $Object.hasOwnProperty.call(message, "workflowExecutionFailed"))
                    $root.reprise.v1.WorkflowExecutionFailed.encode(message.workflowExecutionFailed, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.workflowTaskScheduled != null && $Object.hasOwnProperty.call(message, "workflowTaskScheduled"))
                    $root.reprise.v1.WorkflowTaskScheduled.encode(message.workflowTaskScheduled, writer.uint32(162).fork(), _depth + 1).ldelim();
                if (message.workflowTaskStarted != null && $Object.hasOwnProperty.call(message, "workflowTaskStarted"))
                    $root.reprise.v1.WorkflowTaskStarted.encode(message.workflowTaskStarted, writer.uint32(170).fork(), _depth + 1).ldelim();
                if (message.workflowTaskCompleted != null && $Object.hasOwnProperty.call(message, "workflowTaskCompleted"))
                    $root.reprise.v1.WorkflowTaskCompleted.encode(message.workflowTaskCompleted, writer.uint32(178).fork(), _depth + 1).ldelim();
                if (message.workflowTaskFailed != null && $Object.hasOwnProperty.call(message, "workflowTaskFailed"))
                    $root.reprise.v1.WorkflowTaskFailed.encode(message.workflowTaskFailed, writer.uint32(186).fork(), _depth + 1).ldelim();
                if (message.workflowTaskTimedOut != null && $Object.hasOwnProperty.call(message, "workflowTaskTimedOut"))
                    $root.reprise.v1.WorkflowTaskTimedOut.encode(message.workflowTaskTimedOut, writer.uint32(194).fork(), _depth + 1).ldelim();
                if (message.activityTaskScheduled != null && $Object.hasOwnProperty.call(message, "activityTaskScheduled"))
                    $root.reprise.v1.ActivityTaskScheduled.encode(message.activityTaskScheduled, writer.uint32(242).fork(), _depth + 1).ldelim();
                if (message.activityTaskStarted != null && $Object.hasOwnProperty.call(message, "activityTaskStarted"))
                    $root.reprise.v1.ActivityTaskStarted.encode(message.activityTaskStarted, writer.uint32(250).fork(), _depth + 1).ldelim();
                if (message.activityTaskCompleted != null && $Object.hasOwnProperty.call(message, "activityTaskCompleted"))
                    $root.reprise.v1.ActivityTaskCompleted.encode(message.activityTaskCompleted, writer.uint32(258).fork(), _depth + 1).ldelim();
                if (message.activityTaskFailed != null && $Object.hasOwnProperty.call(message, "activityTaskFailed"))
                    $root.reprise.v1.ActivityTaskFailed.encode(message.activityTaskFailed, writer.uint32(266).fork(), _depth + 1).ldelim();
                if (message.activityTaskTimedOut != null && $Object.hasOwnProperty.call(message, "activityTaskTimedOut"))
                    $root.reprise.v1.ActivityTaskTimedOut.encode(message.activityTaskTimedOut, writer.uint32(274).fork(), _depth + 1).ldelim();
                if (message.activityTaskCancelRequested != null && $Object.hasOwnProperty.call(message, "activityTaskCancelRequested"))
                    $root.reprise.v1.ActivityTaskCancelRequested.encode(message.activityTaskCancelRequested, writer.uint32(282).fork(), _depth + 1).ldelim();
                if (message.activityTaskCanceled != null && $Object.hasOwnProperty.call(message, "activityTaskCanceled"))
                    $root.reprise.v1.ActivityTaskCanceled.encode(message.activityTaskCanceled, writer.uint32(290).fork(), _depth + 1).ldelim();
                if (message.timerStarted != null && $Object.hasOwnProperty.call(message, "timerStarted"))
                    $root.reprise.v1.TimerStarted.encode(message.timerStarted, writer.uint32(322).fork(), _depth + 1).ldelim();
                if (message.timerFired != null && $Object.hasOwnProperty.call(message, "timerFired"))
                    $root.reprise.v1.TimerFired.encode(message.timerFired, writer.uint32(330).fork(), _depth + 1).ldelim();
                if (message.timerCanceled != null && $Object.hasOwnProperty.call(message, "timerCanceled"))
                    $root.reprise.v1.TimerCanceled.encode(message.timerCanceled, writer.uint32(338).fork(), _depth + 1).ldelim();
                if (message.markerRecorded != null && $Object.hasOwnProperty.call(message, "markerRecorded"))
                    $root.reprise.v1.MarkerRecorded.encode(message.markerRecorded, writer.uint32(402).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            HistoryEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.HistoryEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.eventId = value;
                            else
                                delete message.eventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.eventTimeMs = value;
                            else
                                delete message.eventTimeMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.workflowExecutionStarted = $root.reprise.v1.WorkflowExecutionStarted.decode(reader, reader.size(), $undefined, _depth + 1, message.workflowExecutionStarted);
                            message.attributes = "workflowExecutionStarted";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.workflowExecutionCompleted = $root.reprise.v1.WorkflowExecutionCompleted.decode(reader, reader.size(), $undefined, _depth + 1, message.workflowExecutionCompleted);
                            message.attributes = "workflowExecutionCompleted";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.workflowExecutionFailed = $root.reprise.v1.WorkflowExecutionFailed.decode(reader, reader.size(), $undefined, _depth + 1, message.workflowExecutionFailed);
                            message.attributes = "workflowExecutionFailed";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.workflowTaskScheduled = $root.reprise.v1.WorkflowTaskScheduled.decode(reader, reader.size(), $undefined, _depth + 1, message.workflowTaskScheduled);
                            message.attributes = "workflowTaskScheduled";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.workflowTaskStarted = $root.reprise.v1.WorkflowTaskStarted.decode(reader, reader.size(), $undefined, _depth + 1, message.workflowTaskStarted);
                            message.attributes = "workflowTaskStarted";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.workflowTaskCompleted = $root.reprise.v1.WorkflowTaskCompleted.decode(reader, reader.size(), $undefined, _depth + 1, message.workflowTaskCompleted);
                            message.attributes = "workflowTaskCompleted";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.workflowTaskFailed = $root.reprise.v1.WorkflowTaskFailed.decode(reader, reader.size(), $undefined, _depth + 1, message.workflowTaskFailed);
                            message.attributes = "workflowTaskFailed";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.workflowTaskTimedOut = $root.reprise.v1.WorkflowTaskTimedOut.decode(reader, reader.size(), $undefined, _depth + 1, message.workflowTaskTimedOut);
                            message.attributes = "workflowTaskTimedOut";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.activityTaskScheduled = $root.reprise.v1.ActivityTaskScheduled.decode(reader, reader.size(), $undefined, _depth + 1, message.activityTaskScheduled);
                            message.attributes = "activityTaskScheduled";
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            message.activityTaskStarted = $root.reprise.v1.ActivityTaskStarted.decode(reader, reader.size(), $undefined, _depth + 1, message.activityTaskStarted);
                            message.attributes = "activityTaskStarted";
                            continue;
                        }
                    case 32: {
                            if (wireType !== 2)
                                break;
                            message.activityTaskCompleted = $root.reprise.v1.ActivityTaskCompleted.decode(reader, reader.size(), $undefined, _depth + 1, message.activityTaskCompleted);
                            message.attributes = "activityTaskCompleted";
                            continue;
                        }
                    case 33: {
                            if (wireType !== 2)
                                break;
                            message.activityTaskFailed = $root.reprise.v1.ActivityTaskFailed.decode(reader, reader.size(), $undefined, _depth + 1, message.activityTaskFailed);
                            message.attributes = "activityTaskFailed";
                            continue;
                        }
                    case 34: {
                            if (wireType !== 2)
                                break;
                            message.activityTaskTimedOut = $root.reprise.v1.ActivityTaskTimedOut.decode(reader, reader.size(), $undefined, _depth + 1, message.activityTaskTimedOut);
                            message.attributes = "activityTaskTimedOut";
                            continue;
                        }
                    case 35: {
                            if (wireType !== 2)
                                break;
                            message.activityTaskCancelRequested = $root.reprise.v1.ActivityTaskCancelRequested.decode(reader, reader.size(), $undefined, _depth + 1, message.activityTaskCancelRequested);
                            message.attributes = "activityTaskCancelRequested";
                            continue;
                        }
                    case 36: {
                            if (wireType !== 2)
                                break;
                            message.activityTaskCanceled = $root.reprise.v1.ActivityTaskCanceled.decode(reader, reader.size(), $undefined, _depth + 1, message.activityTaskCanceled);
                            message.attributes = "activityTaskCanceled";
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.timerStarted = $root.reprise.v1.TimerStarted.decode(reader, reader.size(), $undefined, _depth + 1, message.timerStarted);
                            message.attributes = "timerStarted";
                            continue;
                        }
                    case 41: {
                            if (wireType !== 2)
                                break;
                            message.timerFired = $root.reprise.v1.TimerFired.decode(reader, reader.size(), $undefined, _depth + 1, message.timerFired);
                            message.attributes = "timerFired";
                            continue;
                        }
                    case 42: {
                            if (wireType !== 2)
                                break;
                            message.timerCanceled = $root.reprise.v1.TimerCanceled.decode(reader, reader.size(), $undefined, _depth + 1, message.timerCanceled);
                            message.attributes = "timerCanceled";
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            message.markerRecorded = $root.reprise.v1.MarkerRecorded.decode(reader, reader.size(), $undefined, _depth + 1, message.markerRecorded);
                            message.attributes = "markerRecorded";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            HistoryEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.HistoryEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.HistoryEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.HistoryEvent();
                if (object.eventId != null)
                    if (typeof object.eventId === "object" ? object.eventId.low || object.eventId.high : $Number(object.eventId) !== 0)
                        if ($util.Long)
                            message.eventId = $util.Long.fromValue(object.eventId, false);
                        else if (typeof object.eventId === "string")
                            message.eventId = $parseInt(object.eventId, 10);
                        else if (typeof object.eventId === "number")
                            message.eventId = object.eventId;
                        else if (typeof object.eventId === "object")
                            message.eventId = new $util.LongBits(object.eventId.low >>> 0, object.eventId.high >>> 0).toNumber();
                if (object.eventTimeMs != null)
                    if (typeof object.eventTimeMs === "object" ? object.eventTimeMs.low || object.eventTimeMs.high : $Number(object.eventTimeMs) !== 0)
                        if ($util.Long)
                            message.eventTimeMs = $util.Long.fromValue(object.eventTimeMs, false);
                        else if (typeof object.eventTimeMs === "string")
                            message.eventTimeMs = $parseInt(object.eventTimeMs, 10);
                        else if (typeof object.eventTimeMs === "number")
                            message.eventTimeMs = object.eventTimeMs;
                        else if (typeof object.eventTimeMs === "object")
                            message.eventTimeMs = new $util.LongBits(object.eventTimeMs.low >>> 0, object.eventTimeMs.high >>> 0).toNumber();
                if (object.workflowExecutionStarted != null) {
                    if (!$util.isObject(object.workflowExecutionStarted))
                        throw $TypeError(".reprise.v1.HistoryEvent.workflowExecutionStarted: object expected");
                    message.workflowExecutionStarted = $root.reprise.v1.WorkflowExecutionStarted.fromObject(object.workflowExecutionStarted, _depth + 1);
                }
                if (object.workflowExecutionCompleted != null) {
                    if (!$util.isObject(object.workflowExecutionCompleted))
                        throw $TypeError(".reprise.v1.HistoryEvent.workflowExecutionCompleted: object expected");
                    message.workflowExecutionCompleted = $root.reprise.v1.WorkflowExecutionCompleted.fromObject(object.workflowExecutionCompleted, _depth + 1);
                }
                if (object.workflowExecutionFailed != null) {
                    if (!$util.isObject(object.workflowExecutionFailed))
                        throw $TypeError(".reprise.v1.HistoryEvent.workflowExecutionFailed: object expected");
                    message.workflowExecutionFailed = $root.reprise.v1.WorkflowExecutionFailed.fromObject(object.workflowExecutionFailed, _depth + 1);
                }
                if (object.workflowTaskScheduled != null) {
                    if (!$util.isObject(object.workflowTaskScheduled))
                        throw $TypeError(".reprise.v1.HistoryEvent.workflowTaskScheduled: object expected");
                    message.workflowTaskScheduled = $root.reprise.v1.WorkflowTaskScheduled.fromObject(object.workflowTaskScheduled, _depth + 1);
                }
                if (object.workflowTaskStarted != null) {
                    if (!$util.isObject(object.workflowTaskStarted))
                        throw $TypeError(".reprise.v1.HistoryEvent.workflowTaskStarted: object expected");
                    message.workflowTaskStarted = $root.reprise.v1.WorkflowTaskStarted.fromObject(object.workflowTaskStarted, _depth + 1);
                }
                if (object.workflowTaskCompleted != null) {
                    if (!$util.isObject(object.workflowTaskCompleted))
                        throw $TypeError(".reprise.v1.HistoryEvent.workflowTaskCompleted: object expected");
                    message.workflowTaskCompleted = $root.reprise.v1.WorkflowTaskCompleted.fromObject(object.workflowTaskCompleted, _depth + 1);
                }
                if (object.workflowTaskFailed != null) {
                    if (!$util.isObject(object.workflowTaskFailed))
                        throw $TypeError(".reprise.v1.HistoryEvent.workflowTaskFailed: object expected");
                    message.workflowTaskFailed = $root.reprise.v1.WorkflowTaskFailed.fromObject(object.workflowTaskFailed, _depth + 1);
                }
                if (object.workflowTaskTimedOut != null) {
                    if (!$util.isObject(object.workflowTaskTimedOut))
                        throw $TypeError(".reprise.v1.HistoryEvent.workflowTaskTimedOut: object expected");
                    message.workflowTaskTimedOut = $root.reprise.v1.WorkflowTaskTimedOut.fromObject(object.workflowTaskTimedOut, _depth + 1);
                }
                if (object.activityTaskScheduled != null) {
                    if (!$util.isObject(object.activityTaskScheduled))
                        throw $TypeError(".reprise.v1.HistoryEvent.activityTaskScheduled: object expected");
                    message.activityTaskScheduled = $root.reprise.v1.ActivityTaskScheduled.fromObject(object.activityTaskScheduled, _depth + 1);
                }
                if (object.activityTaskStarted != null) {
                    if (!$util.isObject(object.activityTaskStarted))
                        throw $TypeError(".reprise.v1.HistoryEvent.activityTaskStarted: object expected");
                    message.activityTaskStarted = $root.reprise.v1.ActivityTaskStarted.fromObject(object.activityTaskStarted, _depth + 1);
                }
                if (object.activityTaskCompleted != null) {
                    if (!$util.isObject(object.activityTaskCompleted))
                        throw $TypeError(".reprise.v1.HistoryEvent.activityTaskCompleted: object expected");
                    message.activityTaskCompleted = $root.reprise.v1.ActivityTaskCompleted.fromObject(object.activityTaskCompleted, _depth + 1);
                }
                if (object.activityTaskFailed != null) {
                    if (!$util.isObject(object.activityTaskFailed))
                        throw $TypeError(".reprise.v1.HistoryEvent.activityTaskFailed: object expected");
                    message.activityTaskFailed = $root.reprise.v1.ActivityTaskFailed.fromObject(object.activityTaskFailed, _depth + 1);
                }
                if (object.activityTaskTimedOut != null) {
                    if (!$util.isObject(object.activityTaskTimedOut))
                        throw $TypeError(".reprise.v1.HistoryEvent.activityTaskTimedOut: object expected");
                    message.activityTaskTimedOut = $root.reprise.v1.ActivityTaskTimedOut.fromObject(object.activityTaskTimedOut, _depth + 1);
                }
                if (object.activityTaskCancelRequested != null) {
                    if (!$util.isObject(object.activityTaskCancelRequested))
                        throw $TypeError(".reprise.v1.HistoryEvent.activityTaskCancelRequested: object expected");
                    message.activityTaskCancelRequested = $root.reprise.v1.ActivityTaskCancelRequested.fromObject(object.activityTaskCancelRequested, _depth + 1);
                }
                if (object.activityTaskCanceled != null) {
                    if (!$util.isObject(object.activityTaskCanceled))
                        throw $TypeError(".reprise.v1.HistoryEvent.activityTaskCanceled: object expected");
                    message.activityTaskCanceled = $root.reprise.v1.ActivityTaskCanceled.fromObject(object.activityTaskCanceled, _depth + 1);
                }
                if (object.timerStarted != null) {
                    if (!$util.isObject(object.timerStarted))
                        throw $TypeError(".reprise.v1.HistoryEvent.timerStarted: object expected");
                    message.timerStarted = $root.reprise.v1.TimerStarted.fromObject(object.timerStarted, _depth + 1);
                }
                if (object.timerFired != null) {
                    if (!$util.isObject(object.timerFired))
                        throw $TypeError(".reprise.v1.HistoryEvent.timerFired: object expected");
                    message.timerFired = $root.reprise.v1.TimerFired.fromObject(object.timerFired, _depth + 1);
                }
                if (object.timerCanceled != null) {
                    if (!$util.isObject(object.timerCanceled))
                        throw $TypeError(".reprise.v1.HistoryEvent.timerCanceled: object expected");
                    message.timerCanceled = $root.reprise.v1.TimerCanceled.fromObject(object.timerCanceled, _depth + 1);
                }
                if (object.markerRecorded != null) {
                    if (!$util.isObject(object.markerRecorded))
                        throw $TypeError(".reprise.v1.HistoryEvent.markerRecorded: object expected");
                    message.markerRecorded = $root.reprise.v1.MarkerRecorded.fromObject(object.markerRecorded, _depth + 1);
                }
                return message;
            };

            HistoryEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.eventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.eventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.eventTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.eventTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.eventId != null && $Object.hasOwnProperty.call(message, "eventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.eventId = typeof message.eventId === "number" ? $BigInt(message.eventId) : $util.Long.fromBits(message.eventId.low >>> 0, message.eventId.high >>> 0, false).toBigInt();
                    else if (typeof message.eventId === "number")
                        object.eventId = options.longs === $String ? $String(message.eventId) : message.eventId;
                    else
                        object.eventId = options.longs === $String ? $util.Long.prototype.toString.call(message.eventId) : options.longs === $Number ? new $util.LongBits(message.eventId.low >>> 0, message.eventId.high >>> 0).toNumber() : message.eventId;
                if (message.eventTimeMs != null && $Object.hasOwnProperty.call(message, "eventTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.eventTimeMs = typeof message.eventTimeMs === "number" ? $BigInt(message.eventTimeMs) : $util.Long.fromBits(message.eventTimeMs.low >>> 0, message.eventTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.eventTimeMs === "number")
                        object.eventTimeMs = options.longs === $String ? $String(message.eventTimeMs) : message.eventTimeMs;
                    else
                        object.eventTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.eventTimeMs) : options.longs === $Number ? new $util.LongBits(message.eventTimeMs.low >>> 0, message.eventTimeMs.high >>> 0).toNumber() : message.eventTimeMs;
                if (message.workflowExecutionStarted != null && $Object.hasOwnProperty.call(message, "workflowExecutionStarted")) {
                    object.workflowExecutionStarted = $root.reprise.v1.WorkflowExecutionStarted.toObject(message.workflowExecutionStarted, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "workflowExecutionStarted";
                }
                if (message.workflowExecutionCompleted != null && $Object.hasOwnProperty.call(message, "workflowExecutionCompleted")) {
                    object.workflowExecutionCompleted = $root.reprise.v1.WorkflowExecutionCompleted.toObject(message.workflowExecutionCompleted, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "workflowExecutionCompleted";
                }
                if (message.workflowExecutionFailed != null && $Object.hasOwnProperty.call(message, "workflowExecutionFailed")) {
                    object.workflowExecutionFailed = $root.reprise.v1.WorkflowExecutionFailed.toObject(message.workflowExecutionFailed, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "workflowExecutionFailed";
                }
                if (message.workflowTaskScheduled != null && $Object.hasOwnProperty.call(message, "workflowTaskScheduled")) {
                    object.workflowTaskScheduled = $root.reprise.v1.WorkflowTaskScheduled.toObject(message.workflowTaskScheduled, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "workflowTaskScheduled";
                }
                if (message.workflowTaskStarted != null && $Object.hasOwnProperty.call(message, "workflowTaskStarted")) {
                    object.workflowTaskStarted = $root.reprise.v1.WorkflowTaskStarted.toObject(message.workflowTaskStarted, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "workflowTaskStarted";
                }
                if (message.workflowTaskCompleted != null && $Object.hasOwnProperty.call(message, "workflowTaskCompleted")) {
                    object.workflowTaskCompleted = $root.reprise.v1.WorkflowTaskCompleted.toObject(message.workflowTaskCompleted, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "workflowTaskCompleted";
                }
                if (message.workflowTaskFailed != null && $Object.hasOwnProperty.call(message, "workflowTaskFailed")) {
                    object.workflowTaskFailed = $root.reprise.v1.WorkflowTaskFailed.toObject(message.workflowTaskFailed, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "workflowTaskFailed";
                }
                if (message.workflowTaskTimedOut != null && $Object.hasOwnProperty.call(message, "workflowTaskTimedOut")) {
                    object.workflowTaskTimedOut = $root.reprise.v1.WorkflowTaskTimedOut.toObject(message.workflowTaskTimedOut, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "workflowTaskTimedOut";
                }
                if (message.activityTaskScheduled != null && $Object.hasOwnProperty.call(message, "activityTaskScheduled")) {
                    object.activityTaskScheduled = $root.reprise.v1.ActivityTaskScheduled.toObject(message.activityTaskScheduled, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "activityTaskScheduled";
                }
                if (message.activityTaskStarted != null && $Object.hasOwnProperty.call(message, "activityTaskStarted")) {
                    object.activityTaskStarted = $root.reprise.v1.ActivityTaskStarted.toObject(message.activityTaskStarted, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "activityTaskStarted";
                }
                if (message.activityTaskCompleted != null && $Object.hasOwnProperty.call(message, "activityTaskCompleted")) {
                    object.activityTaskCompleted = $root.reprise.v1.ActivityTaskCompleted.toObject(message.activityTaskCompleted, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "activityTaskCompleted";
                }
                if (message.activityTaskFailed != null && $Object.hasOwnProperty.call(message, "activityTaskFailed")) {
                    object.activityTaskFailed = $root.reprise.v1.ActivityTaskFailed.toObject(message.activityTaskFailed, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "activityTaskFailed";
                }
                if (message.activityTaskTimedOut != null && $Object.hasOwnProperty.call(message, "activityTaskTimedOut")) {
                    object.activityTaskTimedOut = $root.reprise.v1.ActivityTaskTimedOut.toObject(message.activityTaskTimedOut, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "activityTaskTimedOut";
                }
                if (message.activityTaskCancelRequested != null && $Object.hasOwnProperty.call(message, "activityTaskCancelRequested")) {
                    object.activityTaskCancelRequested = $root.reprise.v1.ActivityTaskCancelRequested.toObject(message.activityTaskCancelRequested, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "activityTaskCancelRequested";
                }
                if (message.activityTaskCanceled != null && $Object.hasOwnProperty.call(message, "activityTaskCanceled")) {
                    object.activityTaskCanceled = $root.reprise.v1.ActivityTaskCanceled.toObject(message.activityTaskCanceled, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "activityTaskCanceled";
                }
                if (message.timerStarted != null && $Object.hasOwnProperty.call(message, "timerStarted")) {
                    object.timerStarted = $root.reprise.v1.TimerStarted.toObject(message.timerStarted, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "timerStarted";
                }
                if (message.timerFired != null && $Object.hasOwnProperty.call(message, "timerFired")) {
                    object.timerFired = $root.reprise.v1.TimerFired.toObject(message.timerFired, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "timerFired";
                }
                if (message.timerCanceled != null && $Object.hasOwnProperty.call(message, "timerCanceled")) {
                    object.timerCanceled = $root.reprise.v1.TimerCanceled.toObject(message.timerCanceled, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "timerCanceled";
                }
                if (message.markerRecorded != null && $Object.hasOwnProperty.call(message, "markerRecorded")) {
                    object.markerRecorded = $root.reprise.v1.MarkerRecorded.toObject(message.markerRecorded, options, _depth + 1);
                    if (options.oneofs)
                        object.attributes = "markerRecorded";
                }
                return object;
            };

            HistoryEvent.prototype.toJSON = function() {
                return HistoryEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HistoryEvent;
        })();

        v1.WorkflowExecutionStarted = (function() {

            const WorkflowExecutionStarted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WorkflowExecutionStarted.prototype.workflowType = "";
            WorkflowExecutionStarted.prototype.taskQueue = "";
            WorkflowExecutionStarted.prototype.input = null;
            WorkflowExecutionStarted.prototype.workflowTaskTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkflowExecutionStarted.prototype.identity = "";
            WorkflowExecutionStarted.prototype.requestId = "";
            WorkflowExecutionStarted.prototype.workflowId = "";
            WorkflowExecutionStarted.prototype.runId = "";

            WorkflowExecutionStarted.create = function(properties) {
                return new WorkflowExecutionStarted(properties);
            };

            WorkflowExecutionStarted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workflowType != null && $Object.hasOwnProperty.call(message, "workflowType") && message.workflowType !== "")
                    writer.uint32(10).string(message.workflowType);
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue") && message.taskQueue !== "")
                    writer.uint32(18).string(message.taskQueue);
                if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                    $root.reprise.v1.Payloads.encode(message.input, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.workflowTaskTimeoutMs != null && $Object.hasOwnProperty.call(message, "workflowTaskTimeoutMs") && (typeof message.workflowTaskTimeoutMs === "object" ? message.workflowTaskTimeoutMs.low || message.workflowTaskTimeoutMs.high : message.workflowTaskTimeoutMs !== 0))
                    writer.uint32(32).int64(message.workflowTaskTimeoutMs);
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(42).string(message.identity);
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(50).string(message.requestId);
                if (message.workflowId != null && $Object.hasOwnProperty.call(message, "workflowId") && message.workflowId !== "")
                    writer.uint32(58).string(message.workflowId);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(66).string(message.runId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WorkflowExecutionStarted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.WorkflowExecutionStarted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workflowType = value;
                            else
                                delete message.workflowType;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskQueue = value;
                            else
                                delete message.taskQueue;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.input = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, message.input);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.workflowTaskTimeoutMs = value;
                            else
                                delete message.workflowTaskTimeoutMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workflowId = value;
                            else
                                delete message.workflowId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WorkflowExecutionStarted.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.WorkflowExecutionStarted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.WorkflowExecutionStarted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.WorkflowExecutionStarted();
                if (object.workflowType != null)
                    if (typeof object.workflowType !== "string" || object.workflowType.length)
                        message.workflowType = $String(object.workflowType);
                if (object.taskQueue != null)
                    if (typeof object.taskQueue !== "string" || object.taskQueue.length)
                        message.taskQueue = $String(object.taskQueue);
                if (object.input != null) {
                    if (!$util.isObject(object.input))
                        throw $TypeError(".reprise.v1.WorkflowExecutionStarted.input: object expected");
                    message.input = $root.reprise.v1.Payloads.fromObject(object.input, _depth + 1);
                }
                if (object.workflowTaskTimeoutMs != null)
                    if (typeof object.workflowTaskTimeoutMs === "object" ? object.workflowTaskTimeoutMs.low || object.workflowTaskTimeoutMs.high : $Number(object.workflowTaskTimeoutMs) !== 0)
                        if ($util.Long)
                            message.workflowTaskTimeoutMs = $util.Long.fromValue(object.workflowTaskTimeoutMs, false);
                        else if (typeof object.workflowTaskTimeoutMs === "string")
                            message.workflowTaskTimeoutMs = $parseInt(object.workflowTaskTimeoutMs, 10);
                        else if (typeof object.workflowTaskTimeoutMs === "number")
                            message.workflowTaskTimeoutMs = object.workflowTaskTimeoutMs;
                        else if (typeof object.workflowTaskTimeoutMs === "object")
                            message.workflowTaskTimeoutMs = new $util.LongBits(object.workflowTaskTimeoutMs.low >>> 0, object.workflowTaskTimeoutMs.high >>> 0).toNumber();
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.workflowId != null)
                    if (typeof object.workflowId !== "string" || object.workflowId.length)
                        message.workflowId = $String(object.workflowId);
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                return message;
            };

            WorkflowExecutionStarted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.workflowType = "";
                    object.taskQueue = "";
                    object.input = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.workflowTaskTimeoutMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.workflowTaskTimeoutMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.identity = "";
                    object.requestId = "";
                    object.workflowId = "";
                    object.runId = "";
                }
                if (message.workflowType != null && $Object.hasOwnProperty.call(message, "workflowType"))
                    object.workflowType = message.workflowType;
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue"))
                    object.taskQueue = message.taskQueue;
                if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                    object.input = $root.reprise.v1.Payloads.toObject(message.input, options, _depth + 1);
                if (message.workflowTaskTimeoutMs != null && $Object.hasOwnProperty.call(message, "workflowTaskTimeoutMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.workflowTaskTimeoutMs = typeof message.workflowTaskTimeoutMs === "number" ? $BigInt(message.workflowTaskTimeoutMs) : $util.Long.fromBits(message.workflowTaskTimeoutMs.low >>> 0, message.workflowTaskTimeoutMs.high >>> 0, false).toBigInt();
                    else if (typeof message.workflowTaskTimeoutMs === "number")
                        object.workflowTaskTimeoutMs = options.longs === $String ? $String(message.workflowTaskTimeoutMs) : message.workflowTaskTimeoutMs;
                    else
                        object.workflowTaskTimeoutMs = options.longs === $String ? $util.Long.prototype.toString.call(message.workflowTaskTimeoutMs) : options.longs === $Number ? new $util.LongBits(message.workflowTaskTimeoutMs.low >>> 0, message.workflowTaskTimeoutMs.high >>> 0).toNumber() : message.workflowTaskTimeoutMs;
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.workflowId != null && $Object.hasOwnProperty.call(message, "workflowId"))
                    object.workflowId = message.workflowId;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                return object;
            };

            WorkflowExecutionStarted.prototype.toJSON = function() {
                return WorkflowExecutionStarted.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorkflowExecutionStarted;
        })();

        v1.WorkflowExecutionCompleted = (function() {

            const WorkflowExecutionCompleted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WorkflowExecutionCompleted.prototype.result = null;
            WorkflowExecutionCompleted.prototype.workflowTaskCompletedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            WorkflowExecutionCompleted.create = function(properties) {
                return new WorkflowExecutionCompleted(properties);
            };

            WorkflowExecutionCompleted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    $root.reprise.v1.Payloads.encode(message.result, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.workflowTaskCompletedEventId != null && $Object.hasOwnProperty.call(message, "workflowTaskCompletedEventId") && (typeof message.workflowTaskCompletedEventId === "object" ? message.workflowTaskCompletedEventId.low || message.workflowTaskCompletedEventId.high : message.workflowTaskCompletedEventId !== 0))
                    writer.uint32(16).int64(message.workflowTaskCompletedEventId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WorkflowExecutionCompleted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.WorkflowExecutionCompleted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.result = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.workflowTaskCompletedEventId = value;
                            else
                                delete message.workflowTaskCompletedEventId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WorkflowExecutionCompleted.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.WorkflowExecutionCompleted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.WorkflowExecutionCompleted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.WorkflowExecutionCompleted();
                if (object.result != null) {
                    if (!$util.isObject(object.result))
                        throw $TypeError(".reprise.v1.WorkflowExecutionCompleted.result: object expected");
                    message.result = $root.reprise.v1.Payloads.fromObject(object.result, _depth + 1);
                }
                if (object.workflowTaskCompletedEventId != null)
                    if (typeof object.workflowTaskCompletedEventId === "object" ? object.workflowTaskCompletedEventId.low || object.workflowTaskCompletedEventId.high : $Number(object.workflowTaskCompletedEventId) !== 0)
                        if ($util.Long)
                            message.workflowTaskCompletedEventId = $util.Long.fromValue(object.workflowTaskCompletedEventId, false);
                        else if (typeof object.workflowTaskCompletedEventId === "string")
                            message.workflowTaskCompletedEventId = $parseInt(object.workflowTaskCompletedEventId, 10);
                        else if (typeof object.workflowTaskCompletedEventId === "number")
                            message.workflowTaskCompletedEventId = object.workflowTaskCompletedEventId;
                        else if (typeof object.workflowTaskCompletedEventId === "object")
                            message.workflowTaskCompletedEventId = new $util.LongBits(object.workflowTaskCompletedEventId.low >>> 0, object.workflowTaskCompletedEventId.high >>> 0).toNumber();
                return message;
            };

            WorkflowExecutionCompleted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.result = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.workflowTaskCompletedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.workflowTaskCompletedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    object.result = $root.reprise.v1.Payloads.toObject(message.result, options, _depth + 1);
                if (message.workflowTaskCompletedEventId != null && $Object.hasOwnProperty.call(message, "workflowTaskCompletedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.workflowTaskCompletedEventId = typeof message.workflowTaskCompletedEventId === "number" ? $BigInt(message.workflowTaskCompletedEventId) : $util.Long.fromBits(message.workflowTaskCompletedEventId.low >>> 0, message.workflowTaskCompletedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.workflowTaskCompletedEventId === "number")
                        object.workflowTaskCompletedEventId = options.longs === $String ? $String(message.workflowTaskCompletedEventId) : message.workflowTaskCompletedEventId;
                    else
                        object.workflowTaskCompletedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.workflowTaskCompletedEventId) : options.longs === $Number ? new $util.LongBits(message.workflowTaskCompletedEventId.low >>> 0, message.workflowTaskCompletedEventId.high >>> 0).toNumber() : message.workflowTaskCompletedEventId;
                return object;
            };

            WorkflowExecutionCompleted.prototype.toJSON = function() {
                return WorkflowExecutionCompleted.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorkflowExecutionCompleted;
        })();

        v1.WorkflowExecutionFailed = (function() {

            const WorkflowExecutionFailed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WorkflowExecutionFailed.prototype.failure = null;
            WorkflowExecutionFailed.prototype.workflowTaskCompletedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            WorkflowExecutionFailed.create = function(properties) {
                return new WorkflowExecutionFailed(properties);
            };

            WorkflowExecutionFailed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    $root.reprise.v1.Failure.encode(message.failure, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.workflowTaskCompletedEventId != null && $Object.hasOwnProperty.call(message, "workflowTaskCompletedEventId") && (typeof message.workflowTaskCompletedEventId === "object" ? message.workflowTaskCompletedEventId.low || message.workflowTaskCompletedEventId.high : message.workflowTaskCompletedEventId !== 0))
                    writer.uint32(16).int64(message.workflowTaskCompletedEventId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WorkflowExecutionFailed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.WorkflowExecutionFailed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.failure = $root.reprise.v1.Failure.decode(reader, reader.size(), $undefined, _depth + 1, message.failure);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.workflowTaskCompletedEventId = value;
                            else
                                delete message.workflowTaskCompletedEventId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WorkflowExecutionFailed.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.WorkflowExecutionFailed)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.WorkflowExecutionFailed: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.WorkflowExecutionFailed();
                if (object.failure != null) {
                    if (!$util.isObject(object.failure))
                        throw $TypeError(".reprise.v1.WorkflowExecutionFailed.failure: object expected");
                    message.failure = $root.reprise.v1.Failure.fromObject(object.failure, _depth + 1);
                }
                if (object.workflowTaskCompletedEventId != null)
                    if (typeof object.workflowTaskCompletedEventId === "object" ? object.workflowTaskCompletedEventId.low || object.workflowTaskCompletedEventId.high : $Number(object.workflowTaskCompletedEventId) !== 0)
                        if ($util.Long)
                            message.workflowTaskCompletedEventId = $util.Long.fromValue(object.workflowTaskCompletedEventId, false);
                        else if (typeof object.workflowTaskCompletedEventId === "string")
                            message.workflowTaskCompletedEventId = $parseInt(object.workflowTaskCompletedEventId, 10);
                        else if (typeof object.workflowTaskCompletedEventId === "number")
                            message.workflowTaskCompletedEventId = object.workflowTaskCompletedEventId;
                        else if (typeof object.workflowTaskCompletedEventId === "object")
                            message.workflowTaskCompletedEventId = new $util.LongBits(object.workflowTaskCompletedEventId.low >>> 0, object.workflowTaskCompletedEventId.high >>> 0).toNumber();
                return message;
            };

            WorkflowExecutionFailed.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.failure = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.workflowTaskCompletedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.workflowTaskCompletedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    object.failure = $root.reprise.v1.Failure.toObject(message.failure, options, _depth + 1);
                if (message.workflowTaskCompletedEventId != null && $Object.hasOwnProperty.call(message, "workflowTaskCompletedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.workflowTaskCompletedEventId = typeof message.workflowTaskCompletedEventId === "number" ? $BigInt(message.workflowTaskCompletedEventId) : $util.Long.fromBits(message.workflowTaskCompletedEventId.low >>> 0, message.workflowTaskCompletedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.workflowTaskCompletedEventId === "number")
                        object.workflowTaskCompletedEventId = options.longs === $String ? $String(message.workflowTaskCompletedEventId) : message.workflowTaskCompletedEventId;
                    else
                        object.workflowTaskCompletedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.workflowTaskCompletedEventId) : options.longs === $Number ? new $util.LongBits(message.workflowTaskCompletedEventId.low >>> 0, message.workflowTaskCompletedEventId.high >>> 0).toNumber() : message.workflowTaskCompletedEventId;
                return object;
            };

            WorkflowExecutionFailed.prototype.toJSON = function() {
                return WorkflowExecutionFailed.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorkflowExecutionFailed;
        })();

        v1.WorkflowTaskScheduled = (function() {

            const WorkflowTaskScheduled = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WorkflowTaskScheduled.prototype.taskQueue = "";
            WorkflowTaskScheduled.prototype.attempt = 0;
            WorkflowTaskScheduled.prototype.startToCloseTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            WorkflowTaskScheduled.create = function(properties) {
                return new WorkflowTaskScheduled(properties);
            };

            WorkflowTaskScheduled.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue") && message.taskQueue !== "")
                    writer.uint32(10).string(message.taskQueue);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(16).int32(message.attempt);
                if (message.startToCloseTimeoutMs != null && $Object.hasOwnProperty.call(message, "startToCloseTimeoutMs") && (typeof message.startToCloseTimeoutMs === "object" ? message.startToCloseTimeoutMs.low || message.startToCloseTimeoutMs.high : message.startToCloseTimeoutMs !== 0))
                    writer.uint32(24).int64(message.startToCloseTimeoutMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WorkflowTaskScheduled.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.WorkflowTaskScheduled();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskQueue = value;
                            else
                                delete message.taskQueue;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startToCloseTimeoutMs = value;
                            else
                                delete message.startToCloseTimeoutMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WorkflowTaskScheduled.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.WorkflowTaskScheduled)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.WorkflowTaskScheduled: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.WorkflowTaskScheduled();
                if (object.taskQueue != null)
                    if (typeof object.taskQueue !== "string" || object.taskQueue.length)
                        message.taskQueue = $String(object.taskQueue);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt | 0;
                if (object.startToCloseTimeoutMs != null)
                    if (typeof object.startToCloseTimeoutMs === "object" ? object.startToCloseTimeoutMs.low || object.startToCloseTimeoutMs.high : $Number(object.startToCloseTimeoutMs) !== 0)
                        if ($util.Long)
                            message.startToCloseTimeoutMs = $util.Long.fromValue(object.startToCloseTimeoutMs, false);
                        else if (typeof object.startToCloseTimeoutMs === "string")
                            message.startToCloseTimeoutMs = $parseInt(object.startToCloseTimeoutMs, 10);
                        else if (typeof object.startToCloseTimeoutMs === "number")
                            message.startToCloseTimeoutMs = object.startToCloseTimeoutMs;
                        else if (typeof object.startToCloseTimeoutMs === "object")
                            message.startToCloseTimeoutMs = new $util.LongBits(object.startToCloseTimeoutMs.low >>> 0, object.startToCloseTimeoutMs.high >>> 0).toNumber();
                return message;
            };

            WorkflowTaskScheduled.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.taskQueue = "";
                    object.attempt = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startToCloseTimeoutMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startToCloseTimeoutMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue"))
                    object.taskQueue = message.taskQueue;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.startToCloseTimeoutMs != null && $Object.hasOwnProperty.call(message, "startToCloseTimeoutMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startToCloseTimeoutMs = typeof message.startToCloseTimeoutMs === "number" ? $BigInt(message.startToCloseTimeoutMs) : $util.Long.fromBits(message.startToCloseTimeoutMs.low >>> 0, message.startToCloseTimeoutMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startToCloseTimeoutMs === "number")
                        object.startToCloseTimeoutMs = options.longs === $String ? $String(message.startToCloseTimeoutMs) : message.startToCloseTimeoutMs;
                    else
                        object.startToCloseTimeoutMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startToCloseTimeoutMs) : options.longs === $Number ? new $util.LongBits(message.startToCloseTimeoutMs.low >>> 0, message.startToCloseTimeoutMs.high >>> 0).toNumber() : message.startToCloseTimeoutMs;
                return object;
            };

            WorkflowTaskScheduled.prototype.toJSON = function() {
                return WorkflowTaskScheduled.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorkflowTaskScheduled;
        })();

        v1.WorkflowTaskStarted = (function() {

            const WorkflowTaskStarted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WorkflowTaskStarted.prototype.scheduledEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkflowTaskStarted.prototype.identity = "";

            WorkflowTaskStarted.create = function(properties) {
                return new WorkflowTaskStarted(properties);
            };

            WorkflowTaskStarted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId") && (typeof message.scheduledEventId === "object" ? message.scheduledEventId.low || message.scheduledEventId.high : message.scheduledEventId !== 0))
                    writer.uint32(8).int64(message.scheduledEventId);
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(18).string(message.identity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WorkflowTaskStarted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.WorkflowTaskStarted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduledEventId = value;
                            else
                                delete message.scheduledEventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WorkflowTaskStarted.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.WorkflowTaskStarted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.WorkflowTaskStarted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.WorkflowTaskStarted();
                if (object.scheduledEventId != null)
                    if (typeof object.scheduledEventId === "object" ? object.scheduledEventId.low || object.scheduledEventId.high : $Number(object.scheduledEventId) !== 0)
                        if ($util.Long)
                            message.scheduledEventId = $util.Long.fromValue(object.scheduledEventId, false);
                        else if (typeof object.scheduledEventId === "string")
                            message.scheduledEventId = $parseInt(object.scheduledEventId, 10);
                        else if (typeof object.scheduledEventId === "number")
                            message.scheduledEventId = object.scheduledEventId;
                        else if (typeof object.scheduledEventId === "object")
                            message.scheduledEventId = new $util.LongBits(object.scheduledEventId.low >>> 0, object.scheduledEventId.high >>> 0).toNumber();
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                return message;
            };

            WorkflowTaskStarted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduledEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduledEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.identity = "";
                }
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduledEventId = typeof message.scheduledEventId === "number" ? $BigInt(message.scheduledEventId) : $util.Long.fromBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduledEventId === "number")
                        object.scheduledEventId = options.longs === $String ? $String(message.scheduledEventId) : message.scheduledEventId;
                    else
                        object.scheduledEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledEventId) : options.longs === $Number ? new $util.LongBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0).toNumber() : message.scheduledEventId;
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                return object;
            };

            WorkflowTaskStarted.prototype.toJSON = function() {
                return WorkflowTaskStarted.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorkflowTaskStarted;
        })();

        v1.WorkflowTaskCompleted = (function() {

            const WorkflowTaskCompleted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WorkflowTaskCompleted.prototype.scheduledEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkflowTaskCompleted.prototype.startedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkflowTaskCompleted.prototype.identity = "";

            WorkflowTaskCompleted.create = function(properties) {
                return new WorkflowTaskCompleted(properties);
            };

            WorkflowTaskCompleted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId") && (typeof message.scheduledEventId === "object" ? message.scheduledEventId.low || message.scheduledEventId.high : message.scheduledEventId !== 0))
                    writer.uint32(8).int64(message.scheduledEventId);
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId") && (typeof message.startedEventId === "object" ? message.startedEventId.low || message.startedEventId.high : message.startedEventId !== 0))
                    writer.uint32(16).int64(message.startedEventId);
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(26).string(message.identity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WorkflowTaskCompleted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.WorkflowTaskCompleted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduledEventId = value;
                            else
                                delete message.scheduledEventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedEventId = value;
                            else
                                delete message.startedEventId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WorkflowTaskCompleted.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.WorkflowTaskCompleted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.WorkflowTaskCompleted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.WorkflowTaskCompleted();
                if (object.scheduledEventId != null)
                    if (typeof object.scheduledEventId === "object" ? object.scheduledEventId.low || object.scheduledEventId.high : $Number(object.scheduledEventId) !== 0)
                        if ($util.Long)
                            message.scheduledEventId = $util.Long.fromValue(object.scheduledEventId, false);
                        else if (typeof object.scheduledEventId === "string")
                            message.scheduledEventId = $parseInt(object.scheduledEventId, 10);
                        else if (typeof object.scheduledEventId === "number")
                            message.scheduledEventId = object.scheduledEventId;
                        else if (typeof object.scheduledEventId === "object")
                            message.scheduledEventId = new $util.LongBits(object.scheduledEventId.low >>> 0, object.scheduledEventId.high >>> 0).toNumber();
                if (object.startedEventId != null)
                    if (typeof object.startedEventId === "object" ? object.startedEventId.low || object.startedEventId.high : $Number(object.startedEventId) !== 0)
                        if ($util.Long)
                            message.startedEventId = $util.Long.fromValue(object.startedEventId, false);
                        else if (typeof object.startedEventId === "string")
                            message.startedEventId = $parseInt(object.startedEventId, 10);
                        else if (typeof object.startedEventId === "number")
                            message.startedEventId = object.startedEventId;
                        else if (typeof object.startedEventId === "object")
                            message.startedEventId = new $util.LongBits(object.startedEventId.low >>> 0, object.startedEventId.high >>> 0).toNumber();
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                return message;
            };

            WorkflowTaskCompleted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduledEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduledEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.identity = "";
                }
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduledEventId = typeof message.scheduledEventId === "number" ? $BigInt(message.scheduledEventId) : $util.Long.fromBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduledEventId === "number")
                        object.scheduledEventId = options.longs === $String ? $String(message.scheduledEventId) : message.scheduledEventId;
                    else
                        object.scheduledEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledEventId) : options.longs === $Number ? new $util.LongBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0).toNumber() : message.scheduledEventId;
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedEventId = typeof message.startedEventId === "number" ? $BigInt(message.startedEventId) : $util.Long.fromBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.startedEventId === "number")
                        object.startedEventId = options.longs === $String ? $String(message.startedEventId) : message.startedEventId;
                    else
                        object.startedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.startedEventId) : options.longs === $Number ? new $util.LongBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0).toNumber() : message.startedEventId;
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                return object;
            };

            WorkflowTaskCompleted.prototype.toJSON = function() {
                return WorkflowTaskCompleted.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorkflowTaskCompleted;
        })();

        v1.WorkflowTaskFailed = (function() {

            const WorkflowTaskFailed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WorkflowTaskFailed.prototype.scheduledEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkflowTaskFailed.prototype.startedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkflowTaskFailed.prototype.cause = "";
            WorkflowTaskFailed.prototype.failure = null;
            WorkflowTaskFailed.prototype.identity = "";

            WorkflowTaskFailed.create = function(properties) {
                return new WorkflowTaskFailed(properties);
            };

            WorkflowTaskFailed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId") && (typeof message.scheduledEventId === "object" ? message.scheduledEventId.low || message.scheduledEventId.high : message.scheduledEventId !== 0))
                    writer.uint32(8).int64(message.scheduledEventId);
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId") && (typeof message.startedEventId === "object" ? message.startedEventId.low || message.startedEventId.high : message.startedEventId !== 0))
                    writer.uint32(16).int64(message.startedEventId);
                if (message.cause != null && $Object.hasOwnProperty.call(message, "cause") && message.cause !== "")
                    writer.uint32(26).string(message.cause);
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    $root.reprise.v1.Failure.encode(message.failure, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(42).string(message.identity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WorkflowTaskFailed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.WorkflowTaskFailed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduledEventId = value;
                            else
                                delete message.scheduledEventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedEventId = value;
                            else
                                delete message.startedEventId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cause = value;
                            else
                                delete message.cause;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.failure = $root.reprise.v1.Failure.decode(reader, reader.size(), $undefined, _depth + 1, message.failure);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WorkflowTaskFailed.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.WorkflowTaskFailed)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.WorkflowTaskFailed: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.WorkflowTaskFailed();
                if (object.scheduledEventId != null)
                    if (typeof object.scheduledEventId === "object" ? object.scheduledEventId.low || object.scheduledEventId.high : $Number(object.scheduledEventId) !== 0)
                        if ($util.Long)
                            message.scheduledEventId = $util.Long.fromValue(object.scheduledEventId, false);
                        else if (typeof object.scheduledEventId === "string")
                            message.scheduledEventId = $parseInt(object.scheduledEventId, 10);
                        else if (typeof object.scheduledEventId === "number")
                            message.scheduledEventId = object.scheduledEventId;
                        else if (typeof object.scheduledEventId === "object")
                            message.scheduledEventId = new $util.LongBits(object.scheduledEventId.low >>> 0, object.scheduledEventId.high >>> 0).toNumber();
                if (object.startedEventId != null)
                    if (typeof object.startedEventId === "object" ? object.startedEventId.low || object.startedEventId.high : $Number(object.startedEventId) !== 0)
                        if ($util.Long)
                            message.startedEventId = $util.Long.fromValue(object.startedEventId, false);
                        else if (typeof object.startedEventId === "string")
                            message.startedEventId = $parseInt(object.startedEventId, 10);
                        else if (typeof object.startedEventId === "number")
                            message.startedEventId = object.startedEventId;
                        else if (typeof object.startedEventId === "object")
                            message.startedEventId = new $util.LongBits(object.startedEventId.low >>> 0, object.startedEventId.high >>> 0).toNumber();
                if (object.cause != null)
                    if (typeof object.cause !== "string" || object.cause.length)
                        message.cause = $String(object.cause);
                if (object.failure != null) {
                    if (!$util.isObject(object.failure))
                        throw $TypeError(".reprise.v1.WorkflowTaskFailed.failure: object expected");
                    message.failure = $root.reprise.v1.Failure.fromObject(object.failure, _depth + 1);
                }
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                return message;
            };

            WorkflowTaskFailed.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduledEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduledEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.cause = "";
                    object.failure = null;
                    object.identity = "";
                }
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduledEventId = typeof message.scheduledEventId === "number" ? $BigInt(message.scheduledEventId) : $util.Long.fromBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduledEventId === "number")
                        object.scheduledEventId = options.longs === $String ? $String(message.scheduledEventId) : message.scheduledEventId;
                    else
                        object.scheduledEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledEventId) : options.longs === $Number ? new $util.LongBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0).toNumber() : message.scheduledEventId;
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedEventId = typeof message.startedEventId === "number" ? $BigInt(message.startedEventId) : $util.Long.fromBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.startedEventId === "number")
                        object.startedEventId = options.longs === $String ? $String(message.startedEventId) : message.startedEventId;
                    else
                        object.startedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.startedEventId) : options.longs === $Number ? new $util.LongBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0).toNumber() : message.startedEventId;
                if (message.cause != null && $Object.hasOwnProperty.call(message, "cause"))
                    object.cause = message.cause;
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    object.failure = $root.reprise.v1.Failure.toObject(message.failure, options, _depth + 1);
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                return object;
            };

            WorkflowTaskFailed.prototype.toJSON = function() {
                return WorkflowTaskFailed.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorkflowTaskFailed;
        })();

        v1.WorkflowTaskTimedOut = (function() {

            const WorkflowTaskTimedOut = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WorkflowTaskTimedOut.prototype.scheduledEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkflowTaskTimedOut.prototype.startedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkflowTaskTimedOut.prototype.timeoutType = 0;

            WorkflowTaskTimedOut.create = function(properties) {
                return new WorkflowTaskTimedOut(properties);
            };

            WorkflowTaskTimedOut.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId") && (typeof message.scheduledEventId === "object" ? message.scheduledEventId.low || message.scheduledEventId.high : message.scheduledEventId !== 0))
                    writer.uint32(8).int64(message.scheduledEventId);
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId") && (typeof message.startedEventId === "object" ? message.startedEventId.low || message.startedEventId.high : message.startedEventId !== 0))
                    writer.uint32(16).int64(message.startedEventId);
                if (message.timeoutType != null && $Object.hasOwnProperty.call(message, "timeoutType") && message.timeoutType !== 0)
                    writer.uint32(24).int32(message.timeoutType);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WorkflowTaskTimedOut.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.WorkflowTaskTimedOut();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduledEventId = value;
                            else
                                delete message.scheduledEventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedEventId = value;
                            else
                                delete message.startedEventId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.timeoutType = value;
                            else
                                delete message.timeoutType;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WorkflowTaskTimedOut.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.WorkflowTaskTimedOut)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.WorkflowTaskTimedOut: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.WorkflowTaskTimedOut();
                if (object.scheduledEventId != null)
                    if (typeof object.scheduledEventId === "object" ? object.scheduledEventId.low || object.scheduledEventId.high : $Number(object.scheduledEventId) !== 0)
                        if ($util.Long)
                            message.scheduledEventId = $util.Long.fromValue(object.scheduledEventId, false);
                        else if (typeof object.scheduledEventId === "string")
                            message.scheduledEventId = $parseInt(object.scheduledEventId, 10);
                        else if (typeof object.scheduledEventId === "number")
                            message.scheduledEventId = object.scheduledEventId;
                        else if (typeof object.scheduledEventId === "object")
                            message.scheduledEventId = new $util.LongBits(object.scheduledEventId.low >>> 0, object.scheduledEventId.high >>> 0).toNumber();
                if (object.startedEventId != null)
                    if (typeof object.startedEventId === "object" ? object.startedEventId.low || object.startedEventId.high : $Number(object.startedEventId) !== 0)
                        if ($util.Long)
                            message.startedEventId = $util.Long.fromValue(object.startedEventId, false);
                        else if (typeof object.startedEventId === "string")
                            message.startedEventId = $parseInt(object.startedEventId, 10);
                        else if (typeof object.startedEventId === "number")
                            message.startedEventId = object.startedEventId;
                        else if (typeof object.startedEventId === "object")
                            message.startedEventId = new $util.LongBits(object.startedEventId.low >>> 0, object.startedEventId.high >>> 0).toNumber();
                if (object.timeoutType !== 0 && (typeof object.timeoutType !== "string" || $root.reprise.v1.TimeoutType[object.timeoutType] !== 0))
                    switch (object.timeoutType) {
                    case "TIMEOUT_TYPE_UNSPECIFIED":
                    case 0:
                        message.timeoutType = 0;
                        break;
                    case "TIMEOUT_TYPE_START_TO_CLOSE":
                    case 1:
                        message.timeoutType = 1;
                        break;
                    case "TIMEOUT_TYPE_SCHEDULE_TO_START":
                    case 2:
                        message.timeoutType = 2;
                        break;
                    case "TIMEOUT_TYPE_SCHEDULE_TO_CLOSE":
                    case 3:
                        message.timeoutType = 3;
                        break;
                    case "TIMEOUT_TYPE_HEARTBEAT":
                    case 4:
                        message.timeoutType = 4;
                        break;
                    default:
                        if (typeof object.timeoutType === "number" && (object.timeoutType | 0) === object.timeoutType)
                            message.timeoutType = object.timeoutType;
                    }
                return message;
            };

            WorkflowTaskTimedOut.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduledEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduledEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.timeoutType = options.enums === $String ? "TIMEOUT_TYPE_UNSPECIFIED" : 0;
                }
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduledEventId = typeof message.scheduledEventId === "number" ? $BigInt(message.scheduledEventId) : $util.Long.fromBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduledEventId === "number")
                        object.scheduledEventId = options.longs === $String ? $String(message.scheduledEventId) : message.scheduledEventId;
                    else
                        object.scheduledEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledEventId) : options.longs === $Number ? new $util.LongBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0).toNumber() : message.scheduledEventId;
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedEventId = typeof message.startedEventId === "number" ? $BigInt(message.startedEventId) : $util.Long.fromBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.startedEventId === "number")
                        object.startedEventId = options.longs === $String ? $String(message.startedEventId) : message.startedEventId;
                    else
                        object.startedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.startedEventId) : options.longs === $Number ? new $util.LongBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0).toNumber() : message.startedEventId;
                if (message.timeoutType != null && $Object.hasOwnProperty.call(message, "timeoutType"))
                    object.timeoutType = options.enums === $String ? $root.reprise.v1.TimeoutType[message.timeoutType] === $undefined ? message.timeoutType : $root.reprise.v1.TimeoutType[message.timeoutType] : message.timeoutType;
                return object;
            };

            WorkflowTaskTimedOut.prototype.toJSON = function() {
                return WorkflowTaskTimedOut.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorkflowTaskTimedOut;
        })();

        v1.ActivityTaskScheduled = (function() {

            const ActivityTaskScheduled = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ActivityTaskScheduled.prototype.activityId = "";
            ActivityTaskScheduled.prototype.activityType = "";
            ActivityTaskScheduled.prototype.taskQueue = "";
            ActivityTaskScheduled.prototype.input = null;
            ActivityTaskScheduled.prototype.scheduleToCloseTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTaskScheduled.prototype.scheduleToStartTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTaskScheduled.prototype.startToCloseTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTaskScheduled.prototype.heartbeatTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTaskScheduled.prototype.retryPolicy = null;
            ActivityTaskScheduled.prototype.workflowTaskCompletedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            ActivityTaskScheduled.create = function(properties) {
                return new ActivityTaskScheduled(properties);
            };

            ActivityTaskScheduled.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId") && message.activityId !== "")
                    writer.uint32(10).string(message.activityId);
                if (message.activityType != null && $Object.hasOwnProperty.call(message, "activityType") && message.activityType !== "")
                    writer.uint32(18).string(message.activityType);
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue") && message.taskQueue !== "")
                    writer.uint32(26).string(message.taskQueue);
                if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                    $root.reprise.v1.Payloads.encode(message.input, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.scheduleToCloseTimeoutMs != null && $Object.hasOwnProperty.call(message, "scheduleToCloseTimeoutMs") && (typeof message.scheduleToCloseTimeoutMs === "object" ? message.scheduleToCloseTimeoutMs.low || message.scheduleToCloseTimeoutMs.high : message.scheduleToCloseTimeoutMs !== 0))
                    writer.uint32(40).int64(message.scheduleToCloseTimeoutMs);
                if (message.scheduleToStartTimeoutMs != null && $Object.hasOwnProperty.call(message, "scheduleToStartTimeoutMs") && (typeof message.scheduleToStartTimeoutMs === "object" ? message.scheduleToStartTimeoutMs.low || message.scheduleToStartTimeoutMs.high : message.scheduleToStartTimeoutMs !== 0))
                    writer.uint32(48).int64(message.scheduleToStartTimeoutMs);
                if (message.startToCloseTimeoutMs != null && $Object.hasOwnProperty.call(message, "startToCloseTimeoutMs") && (typeof message.startToCloseTimeoutMs === "object" ? message.startToCloseTimeoutMs.low || message.startToCloseTimeoutMs.high : message.startToCloseTimeoutMs !== 0))
                    writer.uint32(56).int64(message.startToCloseTimeoutMs);
                if (message.heartbeatTimeoutMs != null && $Object.hasOwnProperty.call(message, "heartbeatTimeoutMs") && (typeof message.heartbeatTimeoutMs === "object" ? message.heartbeatTimeoutMs.low || message.heartbeatTimeoutMs.high : message.heartbeatTimeoutMs !== 0))
                    writer.uint32(64).int64(message.heartbeatTimeoutMs);
                if (message.retryPolicy != null && $Object.hasOwnProperty.call(message, "retryPolicy"))
                    $root.reprise.v1.RetryPolicy.encode(message.retryPolicy, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.workflowTaskCompletedEventId != null && $Object.hasOwnProperty.call(message, "workflowTaskCompletedEventId") && (typeof message.workflowTaskCompletedEventId === "object" ? message.workflowTaskCompletedEventId.low || message.workflowTaskCompletedEventId.high : message.workflowTaskCompletedEventId !== 0))
                    writer.uint32(80).int64(message.workflowTaskCompletedEventId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ActivityTaskScheduled.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.ActivityTaskScheduled();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activityId = value;
                            else
                                delete message.activityId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activityType = value;
                            else
                                delete message.activityType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskQueue = value;
                            else
                                delete message.taskQueue;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.input = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, message.input);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduleToCloseTimeoutMs = value;
                            else
                                delete message.scheduleToCloseTimeoutMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduleToStartTimeoutMs = value;
                            else
                                delete message.scheduleToStartTimeoutMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startToCloseTimeoutMs = value;
                            else
                                delete message.startToCloseTimeoutMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.heartbeatTimeoutMs = value;
                            else
                                delete message.heartbeatTimeoutMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.retryPolicy = $root.reprise.v1.RetryPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.retryPolicy);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.workflowTaskCompletedEventId = value;
                            else
                                delete message.workflowTaskCompletedEventId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ActivityTaskScheduled.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.ActivityTaskScheduled)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.ActivityTaskScheduled: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.ActivityTaskScheduled();
                if (object.activityId != null)
                    if (typeof object.activityId !== "string" || object.activityId.length)
                        message.activityId = $String(object.activityId);
                if (object.activityType != null)
                    if (typeof object.activityType !== "string" || object.activityType.length)
                        message.activityType = $String(object.activityType);
                if (object.taskQueue != null)
                    if (typeof object.taskQueue !== "string" || object.taskQueue.length)
                        message.taskQueue = $String(object.taskQueue);
                if (object.input != null) {
                    if (!$util.isObject(object.input))
                        throw $TypeError(".reprise.v1.ActivityTaskScheduled.input: object expected");
                    message.input = $root.reprise.v1.Payloads.fromObject(object.input, _depth + 1);
                }
                if (object.scheduleToCloseTimeoutMs != null)
                    if (typeof object.scheduleToCloseTimeoutMs === "object" ? object.scheduleToCloseTimeoutMs.low || object.scheduleToCloseTimeoutMs.high : $Number(object.scheduleToCloseTimeoutMs) !== 0)
                        if ($util.Long)
                            message.scheduleToCloseTimeoutMs = $util.Long.fromValue(object.scheduleToCloseTimeoutMs, false);
                        else if (typeof object.scheduleToCloseTimeoutMs === "string")
                            message.scheduleToCloseTimeoutMs = $parseInt(object.scheduleToCloseTimeoutMs, 10);
                        else if (typeof object.scheduleToCloseTimeoutMs === "number")
                            message.scheduleToCloseTimeoutMs = object.scheduleToCloseTimeoutMs;
                        else if (typeof object.scheduleToCloseTimeoutMs === "object")
                            message.scheduleToCloseTimeoutMs = new $util.LongBits(object.scheduleToCloseTimeoutMs.low >>> 0, object.scheduleToCloseTimeoutMs.high >>> 0).toNumber();
                if (object.scheduleToStartTimeoutMs != null)
                    if (typeof object.scheduleToStartTimeoutMs === "object" ? object.scheduleToStartTimeoutMs.low || object.scheduleToStartTimeoutMs.high : $Number(object.scheduleToStartTimeoutMs) !== 0)
                        if ($util.Long)
                            message.scheduleToStartTimeoutMs = $util.Long.fromValue(object.scheduleToStartTimeoutMs, false);
                        else if (typeof object.scheduleToStartTimeoutMs === "string")
                            message.scheduleToStartTimeoutMs = $parseInt(object.scheduleToStartTimeoutMs, 10);
                        else if (typeof object.scheduleToStartTimeoutMs === "number")
                            message.scheduleToStartTimeoutMs = object.scheduleToStartTimeoutMs;
                        else if (typeof object.scheduleToStartTimeoutMs === "object")
                            message.scheduleToStartTimeoutMs = new $util.LongBits(object.scheduleToStartTimeoutMs.low >>> 0, object.scheduleToStartTimeoutMs.high >>> 0).toNumber();
                if (object.startToCloseTimeoutMs != null)
                    if (typeof object.startToCloseTimeoutMs === "object" ? object.startToCloseTimeoutMs.low || object.startToCloseTimeoutMs.high : $Number(object.startToCloseTimeoutMs) !== 0)
                        if ($util.Long)
                            message.startToCloseTimeoutMs = $util.Long.fromValue(object.startToCloseTimeoutMs, false);
                        else if (typeof object.startToCloseTimeoutMs === "string")
                            message.startToCloseTimeoutMs = $parseInt(object.startToCloseTimeoutMs, 10);
                        else if (typeof object.startToCloseTimeoutMs === "number")
                            message.startToCloseTimeoutMs = object.startToCloseTimeoutMs;
                        else if (typeof object.startToCloseTimeoutMs === "object")
                            message.startToCloseTimeoutMs = new $util.LongBits(object.startToCloseTimeoutMs.low >>> 0, object.startToCloseTimeoutMs.high >>> 0).toNumber();
                if (object.heartbeatTimeoutMs != null)
                    if (typeof object.heartbeatTimeoutMs === "object" ? object.heartbeatTimeoutMs.low || object.heartbeatTimeoutMs.high : $Number(object.heartbeatTimeoutMs) !== 0)
                        if ($util.Long)
                            message.heartbeatTimeoutMs = $util.Long.fromValue(object.heartbeatTimeoutMs, false);
                        else if (typeof object.heartbeatTimeoutMs === "string")
                            message.heartbeatTimeoutMs = $parseInt(object.heartbeatTimeoutMs, 10);
                        else if (typeof object.heartbeatTimeoutMs === "number")
                            message.heartbeatTimeoutMs = object.heartbeatTimeoutMs;
                        else if (typeof object.heartbeatTimeoutMs === "object")
                            message.heartbeatTimeoutMs = new $util.LongBits(object.heartbeatTimeoutMs.low >>> 0, object.heartbeatTimeoutMs.high >>> 0).toNumber();
                if (object.retryPolicy != null) {
                    if (!$util.isObject(object.retryPolicy))
                        throw $TypeError(".reprise.v1.ActivityTaskScheduled.retryPolicy: object expected");
                    message.retryPolicy = $root.reprise.v1.RetryPolicy.fromObject(object.retryPolicy, _depth + 1);
                }
                if (object.workflowTaskCompletedEventId != null)
                    if (typeof object.workflowTaskCompletedEventId === "object" ? object.workflowTaskCompletedEventId.low || object.workflowTaskCompletedEventId.high : $Number(object.workflowTaskCompletedEventId) !== 0)
                        if ($util.Long)
                            message.workflowTaskCompletedEventId = $util.Long.fromValue(object.workflowTaskCompletedEventId, false);
                        else if (typeof object.workflowTaskCompletedEventId === "string")
                            message.workflowTaskCompletedEventId = $parseInt(object.workflowTaskCompletedEventId, 10);
                        else if (typeof object.workflowTaskCompletedEventId === "number")
                            message.workflowTaskCompletedEventId = object.workflowTaskCompletedEventId;
                        else if (typeof object.workflowTaskCompletedEventId === "object")
                            message.workflowTaskCompletedEventId = new $util.LongBits(object.workflowTaskCompletedEventId.low >>> 0, object.workflowTaskCompletedEventId.high >>> 0).toNumber();
                return message;
            };

            ActivityTaskScheduled.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.activityId = "";
                    object.activityType = "";
                    object.taskQueue = "";
                    object.input = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduleToCloseTimeoutMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduleToCloseTimeoutMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduleToStartTimeoutMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduleToStartTimeoutMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startToCloseTimeoutMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startToCloseTimeoutMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.heartbeatTimeoutMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.heartbeatTimeoutMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.retryPolicy = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.workflowTaskCompletedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.workflowTaskCompletedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId"))
                    object.activityId = message.activityId;
                if (message.activityType != null && $Object.hasOwnProperty.call(message, "activityType"))
                    object.activityType = message.activityType;
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue"))
                    object.taskQueue = message.taskQueue;
                if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                    object.input = $root.reprise.v1.Payloads.toObject(message.input, options, _depth + 1);
                if (message.scheduleToCloseTimeoutMs != null && $Object.hasOwnProperty.call(message, "scheduleToCloseTimeoutMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduleToCloseTimeoutMs = typeof message.scheduleToCloseTimeoutMs === "number" ? $BigInt(message.scheduleToCloseTimeoutMs) : $util.Long.fromBits(message.scheduleToCloseTimeoutMs.low >>> 0, message.scheduleToCloseTimeoutMs.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduleToCloseTimeoutMs === "number")
                        object.scheduleToCloseTimeoutMs = options.longs === $String ? $String(message.scheduleToCloseTimeoutMs) : message.scheduleToCloseTimeoutMs;
                    else
                        object.scheduleToCloseTimeoutMs = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduleToCloseTimeoutMs) : options.longs === $Number ? new $util.LongBits(message.scheduleToCloseTimeoutMs.low >>> 0, message.scheduleToCloseTimeoutMs.high >>> 0).toNumber() : message.scheduleToCloseTimeoutMs;
                if (message.scheduleToStartTimeoutMs != null && $Object.hasOwnProperty.call(message, "scheduleToStartTimeoutMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduleToStartTimeoutMs = typeof message.scheduleToStartTimeoutMs === "number" ? $BigInt(message.scheduleToStartTimeoutMs) : $util.Long.fromBits(message.scheduleToStartTimeoutMs.low >>> 0, message.scheduleToStartTimeoutMs.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduleToStartTimeoutMs === "number")
                        object.scheduleToStartTimeoutMs = options.longs === $String ? $String(message.scheduleToStartTimeoutMs) : message.scheduleToStartTimeoutMs;
                    else
                        object.scheduleToStartTimeoutMs = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduleToStartTimeoutMs) : options.longs === $Number ? new $util.LongBits(message.scheduleToStartTimeoutMs.low >>> 0, message.scheduleToStartTimeoutMs.high >>> 0).toNumber() : message.scheduleToStartTimeoutMs;
                if (message.startToCloseTimeoutMs != null && $Object.hasOwnProperty.call(message, "startToCloseTimeoutMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startToCloseTimeoutMs = typeof message.startToCloseTimeoutMs === "number" ? $BigInt(message.startToCloseTimeoutMs) : $util.Long.fromBits(message.startToCloseTimeoutMs.low >>> 0, message.startToCloseTimeoutMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startToCloseTimeoutMs === "number")
                        object.startToCloseTimeoutMs = options.longs === $String ? $String(message.startToCloseTimeoutMs) : message.startToCloseTimeoutMs;
                    else
                        object.startToCloseTimeoutMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startToCloseTimeoutMs) : options.longs === $Number ? new $util.LongBits(message.startToCloseTimeoutMs.low >>> 0, message.startToCloseTimeoutMs.high >>> 0).toNumber() : message.startToCloseTimeoutMs;
                if (message.heartbeatTimeoutMs != null && $Object.hasOwnProperty.call(message, "heartbeatTimeoutMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.heartbeatTimeoutMs = typeof message.heartbeatTimeoutMs === "number" ? $BigInt(message.heartbeatTimeoutMs) : $util.Long.fromBits(message.heartbeatTimeoutMs.low >>> 0, message.heartbeatTimeoutMs.high >>> 0, false).toBigInt();
                    else if (typeof message.heartbeatTimeoutMs === "number")
                        object.heartbeatTimeoutMs = options.longs === $String ? $String(message.heartbeatTimeoutMs) : message.heartbeatTimeoutMs;
                    else
                        object.heartbeatTimeoutMs = options.longs === $String ? $util.Long.prototype.toString.call(message.heartbeatTimeoutMs) : options.longs === $Number ? new $util.LongBits(message.heartbeatTimeoutMs.low >>> 0, message.heartbeatTimeoutMs.high >>> 0).toNumber() : message.heartbeatTimeoutMs;
                if (message.retryPolicy != null && $Object.hasOwnProperty.call(message, "retryPolicy"))
                    object.retryPolicy = $root.reprise.v1.RetryPolicy.toObject(message.retryPolicy, options, _depth + 1);
                if (message.workflowTaskCompletedEventId != null && $Object.hasOwnProperty.call(message, "workflowTaskCompletedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.workflowTaskCompletedEventId = typeof message.workflowTaskCompletedEventId === "number" ? $BigInt(message.workflowTaskCompletedEventId) : $util.Long.fromBits(message.workflowTaskCompletedEventId.low >>> 0, message.workflowTaskCompletedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.workflowTaskCompletedEventId === "number")
                        object.workflowTaskCompletedEventId = options.longs === $String ? $String(message.workflowTaskCompletedEventId) : message.workflowTaskCompletedEventId;
                    else
                        object.workflowTaskCompletedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.workflowTaskCompletedEventId) : options.longs === $Number ? new $util.LongBits(message.workflowTaskCompletedEventId.low >>> 0, message.workflowTaskCompletedEventId.high >>> 0).toNumber() : message.workflowTaskCompletedEventId;
                return object;
            };

            ActivityTaskScheduled.prototype.toJSON = function() {
                return ActivityTaskScheduled.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ActivityTaskScheduled;
        })();

        v1.ActivityTaskStarted = (function() {

            const ActivityTaskStarted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ActivityTaskStarted.prototype.scheduledEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTaskStarted.prototype.identity = "";
            ActivityTaskStarted.prototype.attempt = 0;
            ActivityTaskStarted.prototype.lastFailure = null;
            ActivityTaskStarted.prototype.startedTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            ActivityTaskStarted.create = function(properties) {
                return new ActivityTaskStarted(properties);
            };

            ActivityTaskStarted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId") && (typeof message.scheduledEventId === "object" ? message.scheduledEventId.low || message.scheduledEventId.high : message.scheduledEventId !== 0))
                    writer.uint32(8).int64(message.scheduledEventId);
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(18).string(message.identity);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(24).int32(message.attempt);
                if (message.lastFailure != null && $Object.hasOwnProperty.call(message, "lastFailure"))
                    $root.reprise.v1.Failure.encode(message.lastFailure, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.startedTimeMs != null && $Object.hasOwnProperty.call(message, "startedTimeMs") && (typeof message.startedTimeMs === "object" ? message.startedTimeMs.low || message.startedTimeMs.high : message.startedTimeMs !== 0))
                    writer.uint32(40).int64(message.startedTimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ActivityTaskStarted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.ActivityTaskStarted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduledEventId = value;
                            else
                                delete message.scheduledEventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.lastFailure = $root.reprise.v1.Failure.decode(reader, reader.size(), $undefined, _depth + 1, message.lastFailure);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedTimeMs = value;
                            else
                                delete message.startedTimeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ActivityTaskStarted.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.ActivityTaskStarted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.ActivityTaskStarted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.ActivityTaskStarted();
                if (object.scheduledEventId != null)
                    if (typeof object.scheduledEventId === "object" ? object.scheduledEventId.low || object.scheduledEventId.high : $Number(object.scheduledEventId) !== 0)
                        if ($util.Long)
                            message.scheduledEventId = $util.Long.fromValue(object.scheduledEventId, false);
                        else if (typeof object.scheduledEventId === "string")
                            message.scheduledEventId = $parseInt(object.scheduledEventId, 10);
                        else if (typeof object.scheduledEventId === "number")
                            message.scheduledEventId = object.scheduledEventId;
                        else if (typeof object.scheduledEventId === "object")
                            message.scheduledEventId = new $util.LongBits(object.scheduledEventId.low >>> 0, object.scheduledEventId.high >>> 0).toNumber();
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt | 0;
                if (object.lastFailure != null) {
                    if (!$util.isObject(object.lastFailure))
                        throw $TypeError(".reprise.v1.ActivityTaskStarted.lastFailure: object expected");
                    message.lastFailure = $root.reprise.v1.Failure.fromObject(object.lastFailure, _depth + 1);
                }
                if (object.startedTimeMs != null)
                    if (typeof object.startedTimeMs === "object" ? object.startedTimeMs.low || object.startedTimeMs.high : $Number(object.startedTimeMs) !== 0)
                        if ($util.Long)
                            message.startedTimeMs = $util.Long.fromValue(object.startedTimeMs, false);
                        else if (typeof object.startedTimeMs === "string")
                            message.startedTimeMs = $parseInt(object.startedTimeMs, 10);
                        else if (typeof object.startedTimeMs === "number")
                            message.startedTimeMs = object.startedTimeMs;
                        else if (typeof object.startedTimeMs === "object")
                            message.startedTimeMs = new $util.LongBits(object.startedTimeMs.low >>> 0, object.startedTimeMs.high >>> 0).toNumber();
                return message;
            };

            ActivityTaskStarted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduledEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduledEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.identity = "";
                    object.attempt = 0;
                    object.lastFailure = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduledEventId = typeof message.scheduledEventId === "number" ? $BigInt(message.scheduledEventId) : $util.Long.fromBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduledEventId === "number")
                        object.scheduledEventId = options.longs === $String ? $String(message.scheduledEventId) : message.scheduledEventId;
                    else
                        object.scheduledEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledEventId) : options.longs === $Number ? new $util.LongBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0).toNumber() : message.scheduledEventId;
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.lastFailure != null && $Object.hasOwnProperty.call(message, "lastFailure"))
                    object.lastFailure = $root.reprise.v1.Failure.toObject(message.lastFailure, options, _depth + 1);
                if (message.startedTimeMs != null && $Object.hasOwnProperty.call(message, "startedTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedTimeMs = typeof message.startedTimeMs === "number" ? $BigInt(message.startedTimeMs) : $util.Long.fromBits(message.startedTimeMs.low >>> 0, message.startedTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startedTimeMs === "number")
                        object.startedTimeMs = options.longs === $String ? $String(message.startedTimeMs) : message.startedTimeMs;
                    else
                        object.startedTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedTimeMs) : options.longs === $Number ? new $util.LongBits(message.startedTimeMs.low >>> 0, message.startedTimeMs.high >>> 0).toNumber() : message.startedTimeMs;
                return object;
            };

            ActivityTaskStarted.prototype.toJSON = function() {
                return ActivityTaskStarted.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ActivityTaskStarted;
        })();

        v1.ActivityTaskCompleted = (function() {

            const ActivityTaskCompleted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ActivityTaskCompleted.prototype.scheduledEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTaskCompleted.prototype.startedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTaskCompleted.prototype.result = null;
            ActivityTaskCompleted.prototype.identity = "";

            ActivityTaskCompleted.create = function(properties) {
                return new ActivityTaskCompleted(properties);
            };

            ActivityTaskCompleted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId") && (typeof message.scheduledEventId === "object" ? message.scheduledEventId.low || message.scheduledEventId.high : message.scheduledEventId !== 0))
                    writer.uint32(8).int64(message.scheduledEventId);
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId") && (typeof message.startedEventId === "object" ? message.startedEventId.low || message.startedEventId.high : message.startedEventId !== 0))
                    writer.uint32(16).int64(message.startedEventId);
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    $root.reprise.v1.Payloads.encode(message.result, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(34).string(message.identity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ActivityTaskCompleted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.ActivityTaskCompleted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduledEventId = value;
                            else
                                delete message.scheduledEventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedEventId = value;
                            else
                                delete message.startedEventId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.result = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ActivityTaskCompleted.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.ActivityTaskCompleted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.ActivityTaskCompleted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.ActivityTaskCompleted();
                if (object.scheduledEventId != null)
                    if (typeof object.scheduledEventId === "object" ? object.scheduledEventId.low || object.scheduledEventId.high : $Number(object.scheduledEventId) !== 0)
                        if ($util.Long)
                            message.scheduledEventId = $util.Long.fromValue(object.scheduledEventId, false);
                        else if (typeof object.scheduledEventId === "string")
                            message.scheduledEventId = $parseInt(object.scheduledEventId, 10);
                        else if (typeof object.scheduledEventId === "number")
                            message.scheduledEventId = object.scheduledEventId;
                        else if (typeof object.scheduledEventId === "object")
                            message.scheduledEventId = new $util.LongBits(object.scheduledEventId.low >>> 0, object.scheduledEventId.high >>> 0).toNumber();
                if (object.startedEventId != null)
                    if (typeof object.startedEventId === "object" ? object.startedEventId.low || object.startedEventId.high : $Number(object.startedEventId) !== 0)
                        if ($util.Long)
                            message.startedEventId = $util.Long.fromValue(object.startedEventId, false);
                        else if (typeof object.startedEventId === "string")
                            message.startedEventId = $parseInt(object.startedEventId, 10);
                        else if (typeof object.startedEventId === "number")
                            message.startedEventId = object.startedEventId;
                        else if (typeof object.startedEventId === "object")
                            message.startedEventId = new $util.LongBits(object.startedEventId.low >>> 0, object.startedEventId.high >>> 0).toNumber();
                if (object.result != null) {
                    if (!$util.isObject(object.result))
                        throw $TypeError(".reprise.v1.ActivityTaskCompleted.result: object expected");
                    message.result = $root.reprise.v1.Payloads.fromObject(object.result, _depth + 1);
                }
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                return message;
            };

            ActivityTaskCompleted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduledEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduledEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.result = null;
                    object.identity = "";
                }
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduledEventId = typeof message.scheduledEventId === "number" ? $BigInt(message.scheduledEventId) : $util.Long.fromBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduledEventId === "number")
                        object.scheduledEventId = options.longs === $String ? $String(message.scheduledEventId) : message.scheduledEventId;
                    else
                        object.scheduledEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledEventId) : options.longs === $Number ? new $util.LongBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0).toNumber() : message.scheduledEventId;
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedEventId = typeof message.startedEventId === "number" ? $BigInt(message.startedEventId) : $util.Long.fromBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.startedEventId === "number")
                        object.startedEventId = options.longs === $String ? $String(message.startedEventId) : message.startedEventId;
                    else
                        object.startedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.startedEventId) : options.longs === $Number ? new $util.LongBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0).toNumber() : message.startedEventId;
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    object.result = $root.reprise.v1.Payloads.toObject(message.result, options, _depth + 1);
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                return object;
            };

            ActivityTaskCompleted.prototype.toJSON = function() {
                return ActivityTaskCompleted.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ActivityTaskCompleted;
        })();

        v1.ActivityTaskFailed = (function() {

            const ActivityTaskFailed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ActivityTaskFailed.prototype.scheduledEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTaskFailed.prototype.startedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTaskFailed.prototype.failure = null;
            ActivityTaskFailed.prototype.retryState = 0;
            ActivityTaskFailed.prototype.identity = "";

            ActivityTaskFailed.create = function(properties) {
                return new ActivityTaskFailed(properties);
            };

            ActivityTaskFailed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId") && (typeof message.scheduledEventId === "object" ? message.scheduledEventId.low || message.scheduledEventId.high : message.scheduledEventId !== 0))
                    writer.uint32(8).int64(message.scheduledEventId);
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId") && (typeof message.startedEventId === "object" ? message.startedEventId.low || message.startedEventId.high : message.startedEventId !== 0))
                    writer.uint32(16).int64(message.startedEventId);
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    $root.reprise.v1.Failure.encode(message.failure, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.retryState != null && $Object.hasOwnProperty.call(message, "retryState") && message.retryState !== 0)
                    writer.uint32(32).int32(message.retryState);
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(42).string(message.identity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ActivityTaskFailed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.ActivityTaskFailed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduledEventId = value;
                            else
                                delete message.scheduledEventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedEventId = value;
                            else
                                delete message.startedEventId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.failure = $root.reprise.v1.Failure.decode(reader, reader.size(), $undefined, _depth + 1, message.failure);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.retryState = value;
                            else
                                delete message.retryState;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ActivityTaskFailed.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.ActivityTaskFailed)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.ActivityTaskFailed: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.ActivityTaskFailed();
                if (object.scheduledEventId != null)
                    if (typeof object.scheduledEventId === "object" ? object.scheduledEventId.low || object.scheduledEventId.high : $Number(object.scheduledEventId) !== 0)
                        if ($util.Long)
                            message.scheduledEventId = $util.Long.fromValue(object.scheduledEventId, false);
                        else if (typeof object.scheduledEventId === "string")
                            message.scheduledEventId = $parseInt(object.scheduledEventId, 10);
                        else if (typeof object.scheduledEventId === "number")
                            message.scheduledEventId = object.scheduledEventId;
                        else if (typeof object.scheduledEventId === "object")
                            message.scheduledEventId = new $util.LongBits(object.scheduledEventId.low >>> 0, object.scheduledEventId.high >>> 0).toNumber();
                if (object.startedEventId != null)
                    if (typeof object.startedEventId === "object" ? object.startedEventId.low || object.startedEventId.high : $Number(object.startedEventId) !== 0)
                        if ($util.Long)
                            message.startedEventId = $util.Long.fromValue(object.startedEventId, false);
                        else if (typeof object.startedEventId === "string")
                            message.startedEventId = $parseInt(object.startedEventId, 10);
                        else if (typeof object.startedEventId === "number")
                            message.startedEventId = object.startedEventId;
                        else if (typeof object.startedEventId === "object")
                            message.startedEventId = new $util.LongBits(object.startedEventId.low >>> 0, object.startedEventId.high >>> 0).toNumber();
                if (object.failure != null) {
                    if (!$util.isObject(object.failure))
                        throw $TypeError(".reprise.v1.ActivityTaskFailed.failure: object expected");
                    message.failure = $root.reprise.v1.Failure.fromObject(object.failure, _depth + 1);
                }
                if (object.retryState !== 0 && (typeof object.retryState !== "string" || $root.reprise.v1.RetryState[object.retryState] !== 0))
                    switch (object.retryState) {
                    case "RETRY_STATE_UNSPECIFIED":
                    case 0:
                        message.retryState = 0;
                        break;
                    case "RETRY_STATE_IN_PROGRESS":
                    case 1:
                        message.retryState = 1;
                        break;
                    case "RETRY_STATE_NON_RETRYABLE_FAILURE":
                    case 2:
                        message.retryState = 2;
                        break;
                    case "RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED":
                    case 3:
                        message.retryState = 3;
                        break;
                    case "RETRY_STATE_TIMEOUT":
                    case 4:
                        message.retryState = 4;
                        break;
                    default:
                        if (typeof object.retryState === "number" && (object.retryState | 0) === object.retryState)
                            message.retryState = object.retryState;
                    }
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                return message;
            };

            ActivityTaskFailed.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduledEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduledEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.failure = null;
                    object.retryState = options.enums === $String ? "RETRY_STATE_UNSPECIFIED" : 0;
                    object.identity = "";
                }
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduledEventId = typeof message.scheduledEventId === "number" ? $BigInt(message.scheduledEventId) : $util.Long.fromBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduledEventId === "number")
                        object.scheduledEventId = options.longs === $String ? $String(message.scheduledEventId) : message.scheduledEventId;
                    else
                        object.scheduledEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledEventId) : options.longs === $Number ? new $util.LongBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0).toNumber() : message.scheduledEventId;
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedEventId = typeof message.startedEventId === "number" ? $BigInt(message.startedEventId) : $util.Long.fromBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.startedEventId === "number")
                        object.startedEventId = options.longs === $String ? $String(message.startedEventId) : message.startedEventId;
                    else
                        object.startedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.startedEventId) : options.longs === $Number ? new $util.LongBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0).toNumber() : message.startedEventId;
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    object.failure = $root.reprise.v1.Failure.toObject(message.failure, options, _depth + 1);
                if (message.retryState != null && $Object.hasOwnProperty.call(message, "retryState"))
                    object.retryState = options.enums === $String ? $root.reprise.v1.RetryState[message.retryState] === $undefined ? message.retryState : $root.reprise.v1.RetryState[message.retryState] : message.retryState;
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                return object;
            };

            ActivityTaskFailed.prototype.toJSON = function() {
                return ActivityTaskFailed.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ActivityTaskFailed;
        })();

        v1.ActivityTaskTimedOut = (function() {

            const ActivityTaskTimedOut = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ActivityTaskTimedOut.prototype.scheduledEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTaskTimedOut.prototype.startedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTaskTimedOut.prototype.failure = null;
            ActivityTaskTimedOut.prototype.retryState = 0;

            ActivityTaskTimedOut.create = function(properties) {
                return new ActivityTaskTimedOut(properties);
            };

            ActivityTaskTimedOut.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId") && (typeof message.scheduledEventId === "object" ? message.scheduledEventId.low || message.scheduledEventId.high : message.scheduledEventId !== 0))
                    writer.uint32(8).int64(message.scheduledEventId);
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId") && (typeof message.startedEventId === "object" ? message.startedEventId.low || message.startedEventId.high : message.startedEventId !== 0))
                    writer.uint32(16).int64(message.startedEventId);
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    $root.reprise.v1.Failure.encode(message.failure, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.retryState != null && $Object.hasOwnProperty.call(message, "retryState") && message.retryState !== 0)
                    writer.uint32(32).int32(message.retryState);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ActivityTaskTimedOut.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.ActivityTaskTimedOut();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduledEventId = value;
                            else
                                delete message.scheduledEventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedEventId = value;
                            else
                                delete message.startedEventId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.failure = $root.reprise.v1.Failure.decode(reader, reader.size(), $undefined, _depth + 1, message.failure);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.retryState = value;
                            else
                                delete message.retryState;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ActivityTaskTimedOut.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.ActivityTaskTimedOut)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.ActivityTaskTimedOut: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.ActivityTaskTimedOut();
                if (object.scheduledEventId != null)
                    if (typeof object.scheduledEventId === "object" ? object.scheduledEventId.low || object.scheduledEventId.high : $Number(object.scheduledEventId) !== 0)
                        if ($util.Long)
                            message.scheduledEventId = $util.Long.fromValue(object.scheduledEventId, false);
                        else if (typeof object.scheduledEventId === "string")
                            message.scheduledEventId = $parseInt(object.scheduledEventId, 10);
                        else if (typeof object.scheduledEventId === "number")
                            message.scheduledEventId = object.scheduledEventId;
                        else if (typeof object.scheduledEventId === "object")
                            message.scheduledEventId = new $util.LongBits(object.scheduledEventId.low >>> 0, object.scheduledEventId.high >>> 0).toNumber();
                if (object.startedEventId != null)
                    if (typeof object.startedEventId === "object" ? object.startedEventId.low || object.startedEventId.high : $Number(object.startedEventId) !== 0)
                        if ($util.Long)
                            message.startedEventId = $util.Long.fromValue(object.startedEventId, false);
                        else if (typeof object.startedEventId === "string")
                            message.startedEventId = $parseInt(object.startedEventId, 10);
                        else if (typeof object.startedEventId === "number")
                            message.startedEventId = object.startedEventId;
                        else if (typeof object.startedEventId === "object")
                            message.startedEventId = new $util.LongBits(object.startedEventId.low >>> 0, object.startedEventId.high >>> 0).toNumber();
                if (object.failure != null) {
                    if (!$util.isObject(object.failure))
                        throw $TypeError(".reprise.v1.ActivityTaskTimedOut.failure: object expected");
                    message.failure = $root.reprise.v1.Failure.fromObject(object.failure, _depth + 1);
                }
                if (object.retryState !== 0 && (typeof object.retryState !== "string" || $root.reprise.v1.RetryState[object.retryState] !== 0))
                    switch (object.retryState) {
                    case "RETRY_STATE_UNSPECIFIED":
                    case 0:
                        message.retryState = 0;
                        break;
                    case "RETRY_STATE_IN_PROGRESS":
                    case 1:
                        message.retryState = 1;
                        break;
                    case "RETRY_STATE_NON_RETRYABLE_FAILURE":
                    case 2:
                        message.retryState = 2;
                        break;
                    case "RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED":
                    case 3:
                        message.retryState = 3;
                        break;
                    case "RETRY_STATE_TIMEOUT":
                    case 4:
                        message.retryState = 4;
                        break;
                    default:
                        if (typeof object.retryState === "number" && (object.retryState | 0) === object.retryState)
                            message.retryState = object.retryState;
                    }
                return message;
            };

            ActivityTaskTimedOut.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduledEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduledEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.failure = null;
                    object.retryState = options.enums === $String ? "RETRY_STATE_UNSPECIFIED" : 0;
                }
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduledEventId = typeof message.scheduledEventId === "number" ? $BigInt(message.scheduledEventId) : $util.Long.fromBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduledEventId === "number")
                        object.scheduledEventId = options.longs === $String ? $String(message.scheduledEventId) : message.scheduledEventId;
                    else
                        object.scheduledEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledEventId) : options.longs === $Number ? new $util.LongBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0).toNumber() : message.scheduledEventId;
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedEventId = typeof message.startedEventId === "number" ? $BigInt(message.startedEventId) : $util.Long.fromBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.startedEventId === "number")
                        object.startedEventId = options.longs === $String ? $String(message.startedEventId) : message.startedEventId;
                    else
                        object.startedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.startedEventId) : options.longs === $Number ? new $util.LongBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0).toNumber() : message.startedEventId;
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    object.failure = $root.reprise.v1.Failure.toObject(message.failure, options, _depth + 1);
                if (message.retryState != null && $Object.hasOwnProperty.call(message, "retryState"))
                    object.retryState = options.enums === $String ? $root.reprise.v1.RetryState[message.retryState] === $undefined ? message.retryState : $root.reprise.v1.RetryState[message.retryState] : message.retryState;
                return object;
            };

            ActivityTaskTimedOut.prototype.toJSON = function() {
                return ActivityTaskTimedOut.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ActivityTaskTimedOut;
        })();

        v1.ActivityTaskCancelRequested = (function() {

            const ActivityTaskCancelRequested = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ActivityTaskCancelRequested.prototype.scheduledEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTaskCancelRequested.prototype.activityId = "";
            ActivityTaskCancelRequested.prototype.workflowTaskCompletedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            ActivityTaskCancelRequested.create = function(properties) {
                return new ActivityTaskCancelRequested(properties);
            };

            ActivityTaskCancelRequested.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId") && (typeof message.scheduledEventId === "object" ? message.scheduledEventId.low || message.scheduledEventId.high : message.scheduledEventId !== 0))
                    writer.uint32(8).int64(message.scheduledEventId);
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId") && message.activityId !== "")
                    writer.uint32(18).string(message.activityId);
                if (message.workflowTaskCompletedEventId != null && $Object.hasOwnProperty.call(message, "workflowTaskCompletedEventId") && (typeof message.workflowTaskCompletedEventId === "object" ? message.workflowTaskCompletedEventId.low || message.workflowTaskCompletedEventId.high : message.workflowTaskCompletedEventId !== 0))
                    writer.uint32(24).int64(message.workflowTaskCompletedEventId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ActivityTaskCancelRequested.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.ActivityTaskCancelRequested();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduledEventId = value;
                            else
                                delete message.scheduledEventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activityId = value;
                            else
                                delete message.activityId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.workflowTaskCompletedEventId = value;
                            else
                                delete message.workflowTaskCompletedEventId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ActivityTaskCancelRequested.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.ActivityTaskCancelRequested)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.ActivityTaskCancelRequested: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.ActivityTaskCancelRequested();
                if (object.scheduledEventId != null)
                    if (typeof object.scheduledEventId === "object" ? object.scheduledEventId.low || object.scheduledEventId.high : $Number(object.scheduledEventId) !== 0)
                        if ($util.Long)
                            message.scheduledEventId = $util.Long.fromValue(object.scheduledEventId, false);
                        else if (typeof object.scheduledEventId === "string")
                            message.scheduledEventId = $parseInt(object.scheduledEventId, 10);
                        else if (typeof object.scheduledEventId === "number")
                            message.scheduledEventId = object.scheduledEventId;
                        else if (typeof object.scheduledEventId === "object")
                            message.scheduledEventId = new $util.LongBits(object.scheduledEventId.low >>> 0, object.scheduledEventId.high >>> 0).toNumber();
                if (object.activityId != null)
                    if (typeof object.activityId !== "string" || object.activityId.length)
                        message.activityId = $String(object.activityId);
                if (object.workflowTaskCompletedEventId != null)
                    if (typeof object.workflowTaskCompletedEventId === "object" ? object.workflowTaskCompletedEventId.low || object.workflowTaskCompletedEventId.high : $Number(object.workflowTaskCompletedEventId) !== 0)
                        if ($util.Long)
                            message.workflowTaskCompletedEventId = $util.Long.fromValue(object.workflowTaskCompletedEventId, false);
                        else if (typeof object.workflowTaskCompletedEventId === "string")
                            message.workflowTaskCompletedEventId = $parseInt(object.workflowTaskCompletedEventId, 10);
                        else if (typeof object.workflowTaskCompletedEventId === "number")
                            message.workflowTaskCompletedEventId = object.workflowTaskCompletedEventId;
                        else if (typeof object.workflowTaskCompletedEventId === "object")
                            message.workflowTaskCompletedEventId = new $util.LongBits(object.workflowTaskCompletedEventId.low >>> 0, object.workflowTaskCompletedEventId.high >>> 0).toNumber();
                return message;
            };

            ActivityTaskCancelRequested.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduledEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduledEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.activityId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.workflowTaskCompletedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.workflowTaskCompletedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduledEventId = typeof message.scheduledEventId === "number" ? $BigInt(message.scheduledEventId) : $util.Long.fromBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduledEventId === "number")
                        object.scheduledEventId = options.longs === $String ? $String(message.scheduledEventId) : message.scheduledEventId;
                    else
                        object.scheduledEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledEventId) : options.longs === $Number ? new $util.LongBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0).toNumber() : message.scheduledEventId;
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId"))
                    object.activityId = message.activityId;
                if (message.workflowTaskCompletedEventId != null && $Object.hasOwnProperty.call(message, "workflowTaskCompletedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.workflowTaskCompletedEventId = typeof message.workflowTaskCompletedEventId === "number" ? $BigInt(message.workflowTaskCompletedEventId) : $util.Long.fromBits(message.workflowTaskCompletedEventId.low >>> 0, message.workflowTaskCompletedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.workflowTaskCompletedEventId === "number")
                        object.workflowTaskCompletedEventId = options.longs === $String ? $String(message.workflowTaskCompletedEventId) : message.workflowTaskCompletedEventId;
                    else
                        object.workflowTaskCompletedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.workflowTaskCompletedEventId) : options.longs === $Number ? new $util.LongBits(message.workflowTaskCompletedEventId.low >>> 0, message.workflowTaskCompletedEventId.high >>> 0).toNumber() : message.workflowTaskCompletedEventId;
                return object;
            };

            ActivityTaskCancelRequested.prototype.toJSON = function() {
                return ActivityTaskCancelRequested.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ActivityTaskCancelRequested;
        })();

        v1.ActivityTaskCanceled = (function() {

            const ActivityTaskCanceled = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ActivityTaskCanceled.prototype.scheduledEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTaskCanceled.prototype.startedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTaskCanceled.prototype.latestCancelRequestedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTaskCanceled.prototype.failure = null;
            ActivityTaskCanceled.prototype.identity = "";

            ActivityTaskCanceled.create = function(properties) {
                return new ActivityTaskCanceled(properties);
            };

            ActivityTaskCanceled.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId") && (typeof message.scheduledEventId === "object" ? message.scheduledEventId.low || message.scheduledEventId.high : message.scheduledEventId !== 0))
                    writer.uint32(8).int64(message.scheduledEventId);
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId") && (typeof message.startedEventId === "object" ? message.startedEventId.low || message.startedEventId.high : message.startedEventId !== 0))
                    writer.uint32(16).int64(message.startedEventId);
                if (message.latestCancelRequestedEventId != null && $Object.hasOwnProperty.call(message, "latestCancelRequestedEventId") && (typeof message.latestCancelRequestedEventId === "object" ? message.latestCancelRequestedEventId.low || message.latestCancelRequestedEventId.high : message.latestCancelRequestedEventId !== 0))
                    writer.uint32(24).int64(message.latestCancelRequestedEventId);
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    $root.reprise.v1.Failure.encode(message.failure, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(42).string(message.identity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ActivityTaskCanceled.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.ActivityTaskCanceled();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduledEventId = value;
                            else
                                delete message.scheduledEventId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedEventId = value;
                            else
                                delete message.startedEventId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.latestCancelRequestedEventId = value;
                            else
                                delete message.latestCancelRequestedEventId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.failure = $root.reprise.v1.Failure.decode(reader, reader.size(), $undefined, _depth + 1, message.failure);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ActivityTaskCanceled.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.ActivityTaskCanceled)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.ActivityTaskCanceled: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.ActivityTaskCanceled();
                if (object.scheduledEventId != null)
                    if (typeof object.scheduledEventId === "object" ? object.scheduledEventId.low || object.scheduledEventId.high : $Number(object.scheduledEventId) !== 0)
                        if ($util.Long)
                            message.scheduledEventId = $util.Long.fromValue(object.scheduledEventId, false);
                        else if (typeof object.scheduledEventId === "string")
                            message.scheduledEventId = $parseInt(object.scheduledEventId, 10);
                        else if (typeof object.scheduledEventId === "number")
                            message.scheduledEventId = object.scheduledEventId;
                        else if (typeof object.scheduledEventId === "object")
                            message.scheduledEventId = new $util.LongBits(object.scheduledEventId.low >>> 0, object.scheduledEventId.high >>> 0).toNumber();
                if (object.startedEventId != null)
                    if (typeof object.startedEventId === "object" ? object.startedEventId.low || object.startedEventId.high : $Number(object.startedEventId) !== 0)
                        if ($util.Long)
                            message.startedEventId = $util.Long.fromValue(object.startedEventId, false);
                        else if (typeof object.startedEventId === "string")
                            message.startedEventId = $parseInt(object.startedEventId, 10);
                        else if (typeof object.startedEventId === "number")
                            message.startedEventId = object.startedEventId;
                        else if (typeof object.startedEventId === "object")
                            message.startedEventId = new $util.LongBits(object.startedEventId.low >>> 0, object.startedEventId.high >>> 0).toNumber();
                if (object.latestCancelRequestedEventId != null)
                    if (typeof object.latestCancelRequestedEventId === "object" ? object.latestCancelRequestedEventId.low || object.latestCancelRequestedEventId.high : $Number(object.latestCancelRequestedEventId) !== 0)
                        if ($util.Long)
                            message.latestCancelRequestedEventId = $util.Long.fromValue(object.latestCancelRequestedEventId, false);
                        else if (typeof object.latestCancelRequestedEventId === "string")
                            message.latestCancelRequestedEventId = $parseInt(object.latestCancelRequestedEventId, 10);
                        else if (typeof object.latestCancelRequestedEventId === "number")
                            message.latestCancelRequestedEventId = object.latestCancelRequestedEventId;
                        else if (typeof object.latestCancelRequestedEventId === "object")
                            message.latestCancelRequestedEventId = new $util.LongBits(object.latestCancelRequestedEventId.low >>> 0, object.latestCancelRequestedEventId.high >>> 0).toNumber();
                if (object.failure != null) {
                    if (!$util.isObject(object.failure))
                        throw $TypeError(".reprise.v1.ActivityTaskCanceled.failure: object expected");
                    message.failure = $root.reprise.v1.Failure.fromObject(object.failure, _depth + 1);
                }
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                return message;
            };

            ActivityTaskCanceled.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduledEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduledEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.latestCancelRequestedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.latestCancelRequestedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.failure = null;
                    object.identity = "";
                }
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduledEventId = typeof message.scheduledEventId === "number" ? $BigInt(message.scheduledEventId) : $util.Long.fromBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduledEventId === "number")
                        object.scheduledEventId = options.longs === $String ? $String(message.scheduledEventId) : message.scheduledEventId;
                    else
                        object.scheduledEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledEventId) : options.longs === $Number ? new $util.LongBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0).toNumber() : message.scheduledEventId;
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedEventId = typeof message.startedEventId === "number" ? $BigInt(message.startedEventId) : $util.Long.fromBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.startedEventId === "number")
                        object.startedEventId = options.longs === $String ? $String(message.startedEventId) : message.startedEventId;
                    else
                        object.startedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.startedEventId) : options.longs === $Number ? new $util.LongBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0).toNumber() : message.startedEventId;
                if (message.latestCancelRequestedEventId != null && $Object.hasOwnProperty.call(message, "latestCancelRequestedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.latestCancelRequestedEventId = typeof message.latestCancelRequestedEventId === "number" ? $BigInt(message.latestCancelRequestedEventId) : $util.Long.fromBits(message.latestCancelRequestedEventId.low >>> 0, message.latestCancelRequestedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.latestCancelRequestedEventId === "number")
                        object.latestCancelRequestedEventId = options.longs === $String ? $String(message.latestCancelRequestedEventId) : message.latestCancelRequestedEventId;
                    else
                        object.latestCancelRequestedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.latestCancelRequestedEventId) : options.longs === $Number ? new $util.LongBits(message.latestCancelRequestedEventId.low >>> 0, message.latestCancelRequestedEventId.high >>> 0).toNumber() : message.latestCancelRequestedEventId;
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    object.failure = $root.reprise.v1.Failure.toObject(message.failure, options, _depth + 1);
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                return object;
            };

            ActivityTaskCanceled.prototype.toJSON = function() {
                return ActivityTaskCanceled.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ActivityTaskCanceled;
        })();

        v1.TimerStarted = (function() {

            const TimerStarted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TimerStarted.prototype.timerId = "";
            TimerStarted.prototype.startToFireTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            TimerStarted.prototype.workflowTaskCompletedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            TimerStarted.create = function(properties) {
                return new TimerStarted(properties);
            };

            TimerStarted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timerId != null && $Object.hasOwnProperty.call(message, "timerId") && message.timerId !== "")
                    writer.uint32(10).string(message.timerId);
                if (message.startToFireTimeoutMs != null && $Object.hasOwnProperty.call(message, "startToFireTimeoutMs") && (typeof message.startToFireTimeoutMs === "object" ? message.startToFireTimeoutMs.low || message.startToFireTimeoutMs.high : message.startToFireTimeoutMs !== 0))
                    writer.uint32(16).int64(message.startToFireTimeoutMs);
                if (message.workflowTaskCompletedEventId != null && $Object.hasOwnProperty.call(message, "workflowTaskCompletedEventId") && (typeof message.workflowTaskCompletedEventId === "object" ? message.workflowTaskCompletedEventId.low || message.workflowTaskCompletedEventId.high : message.workflowTaskCompletedEventId !== 0))
                    writer.uint32(24).int64(message.workflowTaskCompletedEventId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TimerStarted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.TimerStarted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.timerId = value;
                            else
                                delete message.timerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startToFireTimeoutMs = value;
                            else
                                delete message.startToFireTimeoutMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.workflowTaskCompletedEventId = value;
                            else
                                delete message.workflowTaskCompletedEventId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TimerStarted.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.TimerStarted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.TimerStarted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.TimerStarted();
                if (object.timerId != null)
                    if (typeof object.timerId !== "string" || object.timerId.length)
                        message.timerId = $String(object.timerId);
                if (object.startToFireTimeoutMs != null)
                    if (typeof object.startToFireTimeoutMs === "object" ? object.startToFireTimeoutMs.low || object.startToFireTimeoutMs.high : $Number(object.startToFireTimeoutMs) !== 0)
                        if ($util.Long)
                            message.startToFireTimeoutMs = $util.Long.fromValue(object.startToFireTimeoutMs, false);
                        else if (typeof object.startToFireTimeoutMs === "string")
                            message.startToFireTimeoutMs = $parseInt(object.startToFireTimeoutMs, 10);
                        else if (typeof object.startToFireTimeoutMs === "number")
                            message.startToFireTimeoutMs = object.startToFireTimeoutMs;
                        else if (typeof object.startToFireTimeoutMs === "object")
                            message.startToFireTimeoutMs = new $util.LongBits(object.startToFireTimeoutMs.low >>> 0, object.startToFireTimeoutMs.high >>> 0).toNumber();
                if (object.workflowTaskCompletedEventId != null)
                    if (typeof object.workflowTaskCompletedEventId === "object" ? object.workflowTaskCompletedEventId.low || object.workflowTaskCompletedEventId.high : $Number(object.workflowTaskCompletedEventId) !== 0)
                        if ($util.Long)
                            message.workflowTaskCompletedEventId = $util.Long.fromValue(object.workflowTaskCompletedEventId, false);
                        else if (typeof object.workflowTaskCompletedEventId === "string")
                            message.workflowTaskCompletedEventId = $parseInt(object.workflowTaskCompletedEventId, 10);
                        else if (typeof object.workflowTaskCompletedEventId === "number")
                            message.workflowTaskCompletedEventId = object.workflowTaskCompletedEventId;
                        else if (typeof object.workflowTaskCompletedEventId === "object")
                            message.workflowTaskCompletedEventId = new $util.LongBits(object.workflowTaskCompletedEventId.low >>> 0, object.workflowTaskCompletedEventId.high >>> 0).toNumber();
                return message;
            };

            TimerStarted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.timerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startToFireTimeoutMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startToFireTimeoutMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.workflowTaskCompletedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.workflowTaskCompletedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.timerId != null && $Object.hasOwnProperty.call(message, "timerId"))
                    object.timerId = message.timerId;
                if (message.startToFireTimeoutMs != null && $Object.hasOwnProperty.call(message, "startToFireTimeoutMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startToFireTimeoutMs = typeof message.startToFireTimeoutMs === "number" ? $BigInt(message.startToFireTimeoutMs) : $util.Long.fromBits(message.startToFireTimeoutMs.low >>> 0, message.startToFireTimeoutMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startToFireTimeoutMs === "number")
                        object.startToFireTimeoutMs = options.longs === $String ? $String(message.startToFireTimeoutMs) : message.startToFireTimeoutMs;
                    else
                        object.startToFireTimeoutMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startToFireTimeoutMs) : options.longs === $Number ? new $util.LongBits(message.startToFireTimeoutMs.low >>> 0, message.startToFireTimeoutMs.high >>> 0).toNumber() : message.startToFireTimeoutMs;
                if (message.workflowTaskCompletedEventId != null && $Object.hasOwnProperty.call(message, "workflowTaskCompletedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.workflowTaskCompletedEventId = typeof message.workflowTaskCompletedEventId === "number" ? $BigInt(message.workflowTaskCompletedEventId) : $util.Long.fromBits(message.workflowTaskCompletedEventId.low >>> 0, message.workflowTaskCompletedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.workflowTaskCompletedEventId === "number")
                        object.workflowTaskCompletedEventId = options.longs === $String ? $String(message.workflowTaskCompletedEventId) : message.workflowTaskCompletedEventId;
                    else
                        object.workflowTaskCompletedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.workflowTaskCompletedEventId) : options.longs === $Number ? new $util.LongBits(message.workflowTaskCompletedEventId.low >>> 0, message.workflowTaskCompletedEventId.high >>> 0).toNumber() : message.workflowTaskCompletedEventId;
                return object;
            };

            TimerStarted.prototype.toJSON = function() {
                return TimerStarted.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TimerStarted;
        })();

        v1.TimerFired = (function() {

            const TimerFired = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TimerFired.prototype.timerId = "";
            TimerFired.prototype.startedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            TimerFired.create = function(properties) {
                return new TimerFired(properties);
            };

            TimerFired.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timerId != null && $Object.hasOwnProperty.call(message, "timerId") && message.timerId !== "")
                    writer.uint32(10).string(message.timerId);
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId") && (typeof message.startedEventId === "object" ? message.startedEventId.low || message.startedEventId.high : message.startedEventId !== 0))
                    writer.uint32(16).int64(message.startedEventId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TimerFired.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.TimerFired();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.timerId = value;
                            else
                                delete message.timerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedEventId = value;
                            else
                                delete message.startedEventId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TimerFired.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.TimerFired)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.TimerFired: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.TimerFired();
                if (object.timerId != null)
                    if (typeof object.timerId !== "string" || object.timerId.length)
                        message.timerId = $String(object.timerId);
                if (object.startedEventId != null)
                    if (typeof object.startedEventId === "object" ? object.startedEventId.low || object.startedEventId.high : $Number(object.startedEventId) !== 0)
                        if ($util.Long)
                            message.startedEventId = $util.Long.fromValue(object.startedEventId, false);
                        else if (typeof object.startedEventId === "string")
                            message.startedEventId = $parseInt(object.startedEventId, 10);
                        else if (typeof object.startedEventId === "number")
                            message.startedEventId = object.startedEventId;
                        else if (typeof object.startedEventId === "object")
                            message.startedEventId = new $util.LongBits(object.startedEventId.low >>> 0, object.startedEventId.high >>> 0).toNumber();
                return message;
            };

            TimerFired.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.timerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.timerId != null && $Object.hasOwnProperty.call(message, "timerId"))
                    object.timerId = message.timerId;
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedEventId = typeof message.startedEventId === "number" ? $BigInt(message.startedEventId) : $util.Long.fromBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.startedEventId === "number")
                        object.startedEventId = options.longs === $String ? $String(message.startedEventId) : message.startedEventId;
                    else
                        object.startedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.startedEventId) : options.longs === $Number ? new $util.LongBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0).toNumber() : message.startedEventId;
                return object;
            };

            TimerFired.prototype.toJSON = function() {
                return TimerFired.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TimerFired;
        })();

        v1.TimerCanceled = (function() {

            const TimerCanceled = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TimerCanceled.prototype.timerId = "";
            TimerCanceled.prototype.startedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            TimerCanceled.prototype.workflowTaskCompletedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            TimerCanceled.create = function(properties) {
                return new TimerCanceled(properties);
            };

            TimerCanceled.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timerId != null && $Object.hasOwnProperty.call(message, "timerId") && message.timerId !== "")
                    writer.uint32(10).string(message.timerId);
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId") && (typeof message.startedEventId === "object" ? message.startedEventId.low || message.startedEventId.high : message.startedEventId !== 0))
                    writer.uint32(16).int64(message.startedEventId);
                if (message.workflowTaskCompletedEventId != null && $Object.hasOwnProperty.call(message, "workflowTaskCompletedEventId") && (typeof message.workflowTaskCompletedEventId === "object" ? message.workflowTaskCompletedEventId.low || message.workflowTaskCompletedEventId.high : message.workflowTaskCompletedEventId !== 0))
                    writer.uint32(24).int64(message.workflowTaskCompletedEventId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TimerCanceled.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.TimerCanceled();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.timerId = value;
                            else
                                delete message.timerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedEventId = value;
                            else
                                delete message.startedEventId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.workflowTaskCompletedEventId = value;
                            else
                                delete message.workflowTaskCompletedEventId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TimerCanceled.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.TimerCanceled)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.TimerCanceled: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.TimerCanceled();
                if (object.timerId != null)
                    if (typeof object.timerId !== "string" || object.timerId.length)
                        message.timerId = $String(object.timerId);
                if (object.startedEventId != null)
                    if (typeof object.startedEventId === "object" ? object.startedEventId.low || object.startedEventId.high : $Number(object.startedEventId) !== 0)
                        if ($util.Long)
                            message.startedEventId = $util.Long.fromValue(object.startedEventId, false);
                        else if (typeof object.startedEventId === "string")
                            message.startedEventId = $parseInt(object.startedEventId, 10);
                        else if (typeof object.startedEventId === "number")
                            message.startedEventId = object.startedEventId;
                        else if (typeof object.startedEventId === "object")
                            message.startedEventId = new $util.LongBits(object.startedEventId.low >>> 0, object.startedEventId.high >>> 0).toNumber();
                if (object.workflowTaskCompletedEventId != null)
                    if (typeof object.workflowTaskCompletedEventId === "object" ? object.workflowTaskCompletedEventId.low || object.workflowTaskCompletedEventId.high : $Number(object.workflowTaskCompletedEventId) !== 0)
                        if ($util.Long)
                            message.workflowTaskCompletedEventId = $util.Long.fromValue(object.workflowTaskCompletedEventId, false);
                        else if (typeof object.workflowTaskCompletedEventId === "string")
                            message.workflowTaskCompletedEventId = $parseInt(object.workflowTaskCompletedEventId, 10);
                        else if (typeof object.workflowTaskCompletedEventId === "number")
                            message.workflowTaskCompletedEventId = object.workflowTaskCompletedEventId;
                        else if (typeof object.workflowTaskCompletedEventId === "object")
                            message.workflowTaskCompletedEventId = new $util.LongBits(object.workflowTaskCompletedEventId.low >>> 0, object.workflowTaskCompletedEventId.high >>> 0).toNumber();
                return message;
            };

            TimerCanceled.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.timerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.workflowTaskCompletedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.workflowTaskCompletedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.timerId != null && $Object.hasOwnProperty.call(message, "timerId"))
                    object.timerId = message.timerId;
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedEventId = typeof message.startedEventId === "number" ? $BigInt(message.startedEventId) : $util.Long.fromBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.startedEventId === "number")
                        object.startedEventId = options.longs === $String ? $String(message.startedEventId) : message.startedEventId;
                    else
                        object.startedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.startedEventId) : options.longs === $Number ? new $util.LongBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0).toNumber() : message.startedEventId;
                if (message.workflowTaskCompletedEventId != null && $Object.hasOwnProperty.call(message, "workflowTaskCompletedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.workflowTaskCompletedEventId = typeof message.workflowTaskCompletedEventId === "number" ? $BigInt(message.workflowTaskCompletedEventId) : $util.Long.fromBits(message.workflowTaskCompletedEventId.low >>> 0, message.workflowTaskCompletedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.workflowTaskCompletedEventId === "number")
                        object.workflowTaskCompletedEventId = options.longs === $String ? $String(message.workflowTaskCompletedEventId) : message.workflowTaskCompletedEventId;
                    else
                        object.workflowTaskCompletedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.workflowTaskCompletedEventId) : options.longs === $Number ? new $util.LongBits(message.workflowTaskCompletedEventId.low >>> 0, message.workflowTaskCompletedEventId.high >>> 0).toNumber() : message.workflowTaskCompletedEventId;
                return object;
            };

            TimerCanceled.prototype.toJSON = function() {
                return TimerCanceled.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TimerCanceled;
        })();

        v1.MarkerRecorded = (function() {

            const MarkerRecorded = function (properties) {
                this.details = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MarkerRecorded.prototype.markerName = "";
            MarkerRecorded.prototype.details = $util.emptyObject;
            MarkerRecorded.prototype.workflowTaskCompletedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            MarkerRecorded.prototype.failure = null;

            MarkerRecorded.create = function(properties) {
                return new MarkerRecorded(properties);
            };

            MarkerRecorded.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.markerName != null && $Object.hasOwnProperty.call(message, "markerName") && message.markerName !== "")
                    writer.uint32(10).string(message.markerName);
                if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                    for (let keys = $Object.keys(message.details), i = 0; i < keys.length; ++i) {
                        writer.uint32(18).fork().uint32(10).string(keys[i]);
                        $root.reprise.v1.Payloads.encode(message.details[keys[i]], writer.uint32(18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.workflowTaskCompletedEventId != null && $Object.hasOwnProperty.call(message, "workflowTaskCompletedEventId") && (typeof message.workflowTaskCompletedEventId === "object" ? message.workflowTaskCompletedEventId.low || message.workflowTaskCompletedEventId.high : message.workflowTaskCompletedEventId !== 0))
                    writer.uint32(24).int64(message.workflowTaskCompletedEventId);
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    $root.reprise.v1.Failure.encode(message.failure, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MarkerRecorded.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.MarkerRecorded();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.markerName = value;
                            else
                                delete message.markerName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.details === $util.emptyObject)
                                message.details = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.details, key);
                            message.details[key] = value || new $root.reprise.v1.Payloads();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.workflowTaskCompletedEventId = value;
                            else
                                delete message.workflowTaskCompletedEventId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.failure = $root.reprise.v1.Failure.decode(reader, reader.size(), $undefined, _depth + 1, message.failure);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MarkerRecorded.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.MarkerRecorded)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.MarkerRecorded: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.MarkerRecorded();
                if (object.markerName != null)
                    if (typeof object.markerName !== "string" || object.markerName.length)
                        message.markerName = $String(object.markerName);
                if (object.details) {
                    if (!$util.isObject(object.details))
                        throw $TypeError(".reprise.v1.MarkerRecorded.details: object expected");
                    message.details = {};
                    for (let keys = $Object.keys(object.details), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.details, keys[i]);
                        if (!$util.isObject(object.details[keys[i]]))
                            throw $TypeError(".reprise.v1.MarkerRecorded.details: object expected");
                        message.details[keys[i]] = $root.reprise.v1.Payloads.fromObject(object.details[keys[i]], _depth + 1);
                    }
                }
                if (object.workflowTaskCompletedEventId != null)
                    if (typeof object.workflowTaskCompletedEventId === "object" ? object.workflowTaskCompletedEventId.low || object.workflowTaskCompletedEventId.high : $Number(object.workflowTaskCompletedEventId) !== 0)
                        if ($util.Long)
                            message.workflowTaskCompletedEventId = $util.Long.fromValue(object.workflowTaskCompletedEventId, false);
                        else if (typeof object.workflowTaskCompletedEventId === "string")
                            message.workflowTaskCompletedEventId = $parseInt(object.workflowTaskCompletedEventId, 10);
                        else if (typeof object.workflowTaskCompletedEventId === "number")
                            message.workflowTaskCompletedEventId = object.workflowTaskCompletedEventId;
                        else if (typeof object.workflowTaskCompletedEventId === "object")
                            message.workflowTaskCompletedEventId = new $util.LongBits(object.workflowTaskCompletedEventId.low >>> 0, object.workflowTaskCompletedEventId.high >>> 0).toNumber();
                if (object.failure != null) {
                    if (!$util.isObject(object.failure))
                        throw $TypeError(".reprise.v1.MarkerRecorded.failure: object expected");
                    message.failure = $root.reprise.v1.Failure.fromObject(object.failure, _depth + 1);
                }
                return message;
            };

            MarkerRecorded.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.details = {};
                if (options.defaults) {
                    object.markerName = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.workflowTaskCompletedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.workflowTaskCompletedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.failure = null;
                }
                if (message.markerName != null && $Object.hasOwnProperty.call(message, "markerName"))
                    object.markerName = message.markerName;
                let keys2;
                if (message.details && (keys2 = $Object.keys(message.details)).length) {
                    object.details = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.details, keys2[j]);
                        object.details[keys2[j]] = $root.reprise.v1.Payloads.toObject(message.details[keys2[j]], options, _depth + 1);
                    }
                }
                if (message.workflowTaskCompletedEventId != null && $Object.hasOwnProperty.call(message, "workflowTaskCompletedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.workflowTaskCompletedEventId = typeof message.workflowTaskCompletedEventId === "number" ? $BigInt(message.workflowTaskCompletedEventId) : $util.Long.fromBits(message.workflowTaskCompletedEventId.low >>> 0, message.workflowTaskCompletedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.workflowTaskCompletedEventId === "number")
                        object.workflowTaskCompletedEventId = options.longs === $String ? $String(message.workflowTaskCompletedEventId) : message.workflowTaskCompletedEventId;
                    else
                        object.workflowTaskCompletedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.workflowTaskCompletedEventId) : options.longs === $Number ? new $util.LongBits(message.workflowTaskCompletedEventId.low >>> 0, message.workflowTaskCompletedEventId.high >>> 0).toNumber() : message.workflowTaskCompletedEventId;
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    object.failure = $root.reprise.v1.Failure.toObject(message.failure, options, _depth + 1);
                return object;
            };

            MarkerRecorded.prototype.toJSON = function() {
                return MarkerRecorded.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MarkerRecorded;
        })();

        v1.Empty = (function() {

            const Empty = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Empty.create = function(properties) {
                return new Empty(properties);
            };

            Empty.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Empty.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.Empty();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Empty.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.Empty)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.Empty: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.reprise.v1.Empty();
            };

            Empty.toObject = function () {
                return {};
            };

            Empty.prototype.toJSON = function() {
                return Empty.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Empty;
        })();

        v1.PollTaskRequest = (function() {

            const PollTaskRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PollTaskRequest.prototype.namespace = "";
            PollTaskRequest.prototype.taskQueue = "";
            PollTaskRequest.prototype.identity = "";
            PollTaskRequest.prototype.waitMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            PollTaskRequest.create = function(properties) {
                return new PollTaskRequest(properties);
            };

            PollTaskRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(10).string(message.namespace);
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue") && message.taskQueue !== "")
                    writer.uint32(18).string(message.taskQueue);
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(26).string(message.identity);
                if (message.waitMs != null && $Object.hasOwnProperty.call(message, "waitMs") && (typeof message.waitMs === "object" ? message.waitMs.low || message.waitMs.high : message.waitMs !== 0))
                    writer.uint32(32).int64(message.waitMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PollTaskRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.PollTaskRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskQueue = value;
                            else
                                delete message.taskQueue;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.waitMs = value;
                            else
                                delete message.waitMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PollTaskRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.PollTaskRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.PollTaskRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.PollTaskRequest();
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.taskQueue != null)
                    if (typeof object.taskQueue !== "string" || object.taskQueue.length)
                        message.taskQueue = $String(object.taskQueue);
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                if (object.waitMs != null)
                    if (typeof object.waitMs === "object" ? object.waitMs.low || object.waitMs.high : $Number(object.waitMs) !== 0)
                        if ($util.Long)
                            message.waitMs = $util.Long.fromValue(object.waitMs, false);
                        else if (typeof object.waitMs === "string")
                            message.waitMs = $parseInt(object.waitMs, 10);
                        else if (typeof object.waitMs === "number")
                            message.waitMs = object.waitMs;
                        else if (typeof object.waitMs === "object")
                            message.waitMs = new $util.LongBits(object.waitMs.low >>> 0, object.waitMs.high >>> 0).toNumber();
                return message;
            };

            PollTaskRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.namespace = "";
                    object.taskQueue = "";
                    object.identity = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.waitMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.waitMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue"))
                    object.taskQueue = message.taskQueue;
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                if (message.waitMs != null && $Object.hasOwnProperty.call(message, "waitMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.waitMs = typeof message.waitMs === "number" ? $BigInt(message.waitMs) : $util.Long.fromBits(message.waitMs.low >>> 0, message.waitMs.high >>> 0, false).toBigInt();
                    else if (typeof message.waitMs === "number")
                        object.waitMs = options.longs === $String ? $String(message.waitMs) : message.waitMs;
                    else
                        object.waitMs = options.longs === $String ? $util.Long.prototype.toString.call(message.waitMs) : options.longs === $Number ? new $util.LongBits(message.waitMs.low >>> 0, message.waitMs.high >>> 0).toNumber() : message.waitMs;
                return object;
            };

            PollTaskRequest.prototype.toJSON = function() {
                return PollTaskRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PollTaskRequest;
        })();

        v1.TaskToken = (function() {

            const TaskToken = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TaskToken.prototype.namespace = "";
            TaskToken.prototype.workflowId = "";
            TaskToken.prototype.runId = "";
            TaskToken.prototype.scheduledEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            TaskToken.prototype.startedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            TaskToken.prototype.attempt = 0;
            TaskToken.prototype.activity = false;

            TaskToken.create = function(properties) {
                return new TaskToken(properties);
            };

            TaskToken.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(10).string(message.namespace);
                if (message.workflowId != null && $Object.hasOwnProperty.call(message, "workflowId") && message.workflowId !== "")
                    writer.uint32(18).string(message.workflowId);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(26).string(message.runId);
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId") && (typeof message.scheduledEventId === "object" ? message.scheduledEventId.low || message.scheduledEventId.high : message.scheduledEventId !== 0))
                    writer.uint32(32).int64(message.scheduledEventId);
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId") && (typeof message.startedEventId === "object" ? message.startedEventId.low || message.startedEventId.high : message.startedEventId !== 0))
                    writer.uint32(40).int64(message.startedEventId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(48).int32(message.attempt);
                if (message.activity != null && $Object.hasOwnProperty.call(message, "activity") && message.activity !== false)
                    writer.uint32(56).bool(message.activity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TaskToken.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.TaskToken();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workflowId = value;
                            else
                                delete message.workflowId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduledEventId = value;
                            else
                                delete message.scheduledEventId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedEventId = value;
                            else
                                delete message.startedEventId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.activity = value;
                            else
                                delete message.activity;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TaskToken.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.TaskToken)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.TaskToken: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.TaskToken();
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.workflowId != null)
                    if (typeof object.workflowId !== "string" || object.workflowId.length)
                        message.workflowId = $String(object.workflowId);
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.scheduledEventId != null)
                    if (typeof object.scheduledEventId === "object" ? object.scheduledEventId.low || object.scheduledEventId.high : $Number(object.scheduledEventId) !== 0)
                        if ($util.Long)
                            message.scheduledEventId = $util.Long.fromValue(object.scheduledEventId, false);
                        else if (typeof object.scheduledEventId === "string")
                            message.scheduledEventId = $parseInt(object.scheduledEventId, 10);
                        else if (typeof object.scheduledEventId === "number")
                            message.scheduledEventId = object.scheduledEventId;
                        else if (typeof object.scheduledEventId === "object")
                            message.scheduledEventId = new $util.LongBits(object.scheduledEventId.low >>> 0, object.scheduledEventId.high >>> 0).toNumber();
                if (object.startedEventId != null)
                    if (typeof object.startedEventId === "object" ? object.startedEventId.low || object.startedEventId.high : $Number(object.startedEventId) !== 0)
                        if ($util.Long)
                            message.startedEventId = $util.Long.fromValue(object.startedEventId, false);
                        else if (typeof object.startedEventId === "string")
                            message.startedEventId = $parseInt(object.startedEventId, 10);
                        else if (typeof object.startedEventId === "number")
                            message.startedEventId = object.startedEventId;
                        else if (typeof object.startedEventId === "object")
                            message.startedEventId = new $util.LongBits(object.startedEventId.low >>> 0, object.startedEventId.high >>> 0).toNumber();
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt | 0;
                if (object.activity != null)
                    if (object.activity)
                        message.activity = $Boolean(object.activity);
                return message;
            };

            TaskToken.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.namespace = "";
                    object.workflowId = "";
                    object.runId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduledEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduledEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.attempt = 0;
                    object.activity = false;
                }
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.workflowId != null && $Object.hasOwnProperty.call(message, "workflowId"))
                    object.workflowId = message.workflowId;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduledEventId = typeof message.scheduledEventId === "number" ? $BigInt(message.scheduledEventId) : $util.Long.fromBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduledEventId === "number")
                        object.scheduledEventId = options.longs === $String ? $String(message.scheduledEventId) : message.scheduledEventId;
                    else
                        object.scheduledEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledEventId) : options.longs === $Number ? new $util.LongBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0).toNumber() : message.scheduledEventId;
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedEventId = typeof message.startedEventId === "number" ? $BigInt(message.startedEventId) : $util.Long.fromBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.startedEventId === "number")
                        object.startedEventId = options.longs === $String ? $String(message.startedEventId) : message.startedEventId;
                    else
                        object.startedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.startedEventId) : options.longs === $Number ? new $util.LongBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0).toNumber() : message.startedEventId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.activity != null && $Object.hasOwnProperty.call(message, "activity"))
                    object.activity = message.activity;
                return object;
            };

            TaskToken.prototype.toJSON = function() {
                return TaskToken.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TaskToken;
        })();

        v1.WorkflowTask = (function() {

            const WorkflowTask = function (properties) {
                this.history = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WorkflowTask.prototype.taskToken = $util.newBuffer([]);
            WorkflowTask.prototype.execution = null;
            WorkflowTask.prototype.workflowType = "";
            WorkflowTask.prototype.history = $util.emptyArray;
            WorkflowTask.prototype.attempt = 0;
            WorkflowTask.prototype.taskQueue = "";

            WorkflowTask.create = function(properties) {
                return new WorkflowTask(properties);
            };

            WorkflowTask.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskToken != null && $Object.hasOwnProperty.call(message, "taskToken") && message.taskToken.length)
                    writer.uint32(10).bytes(message.taskToken);
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    $root.reprise.v1.WorkflowExecution.encode(message.execution, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.workflowType != null && $Object.hasOwnProperty.call(message, "workflowType") && message.workflowType !== "")
                    writer.uint32(26).string(message.workflowType);
                if (message.history != null && message.history.length)
                    for (let i = 0; i < message.history.length; ++i)
                        $root.reprise.v1.HistoryEvent.encode(message.history[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(40).int32(message.attempt);
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue") && message.taskQueue !== "")
                    writer.uint32(50).string(message.taskQueue);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WorkflowTask.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.WorkflowTask();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.taskToken = value;
                            else
                                delete message.taskToken;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.execution = $root.reprise.v1.WorkflowExecution.decode(reader, reader.size(), $undefined, _depth + 1, message.execution);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workflowType = value;
                            else
                                delete message.workflowType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.history && message.history.length))
                                message.history = [];
                            message.history.push($root.reprise.v1.HistoryEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskQueue = value;
                            else
                                delete message.taskQueue;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WorkflowTask.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.WorkflowTask)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.WorkflowTask: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.WorkflowTask();
                if (object.taskToken != null)
                    if (object.taskToken.length)
                        if (typeof object.taskToken === "string")
                            $util.base64.decode(object.taskToken, message.taskToken = $util.newBuffer($util.base64.length(object.taskToken)), 0);
                        else if (object.taskToken.length >= 0)
                            message.taskToken = object.taskToken;
                if (object.execution != null) {
                    if (!$util.isObject(object.execution))
                        throw $TypeError(".reprise.v1.WorkflowTask.execution: object expected");
                    message.execution = $root.reprise.v1.WorkflowExecution.fromObject(object.execution, _depth + 1);
                }
                if (object.workflowType != null)
                    if (typeof object.workflowType !== "string" || object.workflowType.length)
                        message.workflowType = $String(object.workflowType);
                if (object.history) {
                    if (!$Array.isArray(object.history))
                        throw $TypeError(".reprise.v1.WorkflowTask.history: array expected");
                    message.history = $Array(object.history.length);
                    for (let i = 0; i < object.history.length; ++i) {
                        if (!$util.isObject(object.history[i]))
                            throw $TypeError(".reprise.v1.WorkflowTask.history: object expected");
                        message.history[i] = $root.reprise.v1.HistoryEvent.fromObject(object.history[i], _depth + 1);
                    }
                }
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt | 0;
                if (object.taskQueue != null)
                    if (typeof object.taskQueue !== "string" || object.taskQueue.length)
                        message.taskQueue = $String(object.taskQueue);
                return message;
            };

            WorkflowTask.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.history = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.taskToken = "";
                    else {
                        object.taskToken = [];
                        if (options.bytes !== $Array)
                            object.taskToken = $util.newBuffer(object.taskToken);
                    }
                    object.execution = null;
                    object.workflowType = "";
                    object.attempt = 0;
                    object.taskQueue = "";
                }
                if (message.taskToken != null && $Object.hasOwnProperty.call(message, "taskToken"))
                    object.taskToken = options.bytes === $String ? $util.base64.encode(message.taskToken, 0, message.taskToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.taskToken) : message.taskToken;
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    object.execution = $root.reprise.v1.WorkflowExecution.toObject(message.execution, options, _depth + 1);
                if (message.workflowType != null && $Object.hasOwnProperty.call(message, "workflowType"))
                    object.workflowType = message.workflowType;
                if (message.history && message.history.length) {
                    object.history = $Array(message.history.length);
                    for (let j = 0; j < message.history.length; ++j)
                        object.history[j] = $root.reprise.v1.HistoryEvent.toObject(message.history[j], options, _depth + 1);
                }
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue"))
                    object.taskQueue = message.taskQueue;
                return object;
            };

            WorkflowTask.prototype.toJSON = function() {
                return WorkflowTask.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorkflowTask;
        })();

        v1.CompleteWorkflowTaskRequest = (function() {

            const CompleteWorkflowTaskRequest = function (properties) {
                this.commands = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CompleteWorkflowTaskRequest.prototype.taskToken = $util.newBuffer([]);
            CompleteWorkflowTaskRequest.prototype.commands = $util.emptyArray;
            CompleteWorkflowTaskRequest.prototype.identity = "";

            CompleteWorkflowTaskRequest.create = function(properties) {
                return new CompleteWorkflowTaskRequest(properties);
            };

            CompleteWorkflowTaskRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskToken != null && $Object.hasOwnProperty.call(message, "taskToken") && message.taskToken.length)
                    writer.uint32(10).bytes(message.taskToken);
                if (message.commands != null && message.commands.length)
                    for (let i = 0; i < message.commands.length; ++i)
                        $root.reprise.v1.Command.encode(message.commands[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(26).string(message.identity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CompleteWorkflowTaskRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.CompleteWorkflowTaskRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.taskToken = value;
                            else
                                delete message.taskToken;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.commands && message.commands.length))
                                message.commands = [];
                            message.commands.push($root.reprise.v1.Command.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CompleteWorkflowTaskRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.CompleteWorkflowTaskRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.CompleteWorkflowTaskRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.CompleteWorkflowTaskRequest();
                if (object.taskToken != null)
                    if (object.taskToken.length)
                        if (typeof object.taskToken === "string")
                            $util.base64.decode(object.taskToken, message.taskToken = $util.newBuffer($util.base64.length(object.taskToken)), 0);
                        else if (object.taskToken.length >= 0)
                            message.taskToken = object.taskToken;
                if (object.commands) {
                    if (!$Array.isArray(object.commands))
                        throw $TypeError(".reprise.v1.CompleteWorkflowTaskRequest.commands: array expected");
                    message.commands = $Array(object.commands.length);
                    for (let i = 0; i < object.commands.length; ++i) {
                        if (!$util.isObject(object.commands[i]))
                            throw $TypeError(".reprise.v1.CompleteWorkflowTaskRequest.commands: object expected");
                        message.commands[i] = $root.reprise.v1.Command.fromObject(object.commands[i], _depth + 1);
                    }
                }
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                return message;
            };

            CompleteWorkflowTaskRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.commands = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.taskToken = "";
                    else {
                        object.taskToken = [];
                        if (options.bytes !== $Array)
                            object.taskToken = $util.newBuffer(object.taskToken);
                    }
                    object.identity = "";
                }
                if (message.taskToken != null && $Object.hasOwnProperty.call(message, "taskToken"))
                    object.taskToken = options.bytes === $String ? $util.base64.encode(message.taskToken, 0, message.taskToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.taskToken) : message.taskToken;
                if (message.commands && message.commands.length) {
                    object.commands = $Array(message.commands.length);
                    for (let j = 0; j < message.commands.length; ++j)
                        object.commands[j] = $root.reprise.v1.Command.toObject(message.commands[j], options, _depth + 1);
                }
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                return object;
            };

            CompleteWorkflowTaskRequest.prototype.toJSON = function() {
                return CompleteWorkflowTaskRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CompleteWorkflowTaskRequest;
        })();

        v1.FailWorkflowTaskRequest = (function() {

            const FailWorkflowTaskRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FailWorkflowTaskRequest.prototype.taskToken = $util.newBuffer([]);
            FailWorkflowTaskRequest.prototype.cause = "";
            FailWorkflowTaskRequest.prototype.failure = null;
            FailWorkflowTaskRequest.prototype.identity = "";

            FailWorkflowTaskRequest.create = function(properties) {
                return new FailWorkflowTaskRequest(properties);
            };

            FailWorkflowTaskRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskToken != null && $Object.hasOwnProperty.call(message, "taskToken") && message.taskToken.length)
                    writer.uint32(10).bytes(message.taskToken);
                if (message.cause != null && $Object.hasOwnProperty.call(message, "cause") && message.cause !== "")
                    writer.uint32(18).string(message.cause);
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    $root.reprise.v1.Failure.encode(message.failure, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(34).string(message.identity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FailWorkflowTaskRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.FailWorkflowTaskRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.taskToken = value;
                            else
                                delete message.taskToken;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cause = value;
                            else
                                delete message.cause;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.failure = $root.reprise.v1.Failure.decode(reader, reader.size(), $undefined, _depth + 1, message.failure);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FailWorkflowTaskRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.FailWorkflowTaskRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.FailWorkflowTaskRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.FailWorkflowTaskRequest();
                if (object.taskToken != null)
                    if (object.taskToken.length)
                        if (typeof object.taskToken === "string")
                            $util.base64.decode(object.taskToken, message.taskToken = $util.newBuffer($util.base64.length(object.taskToken)), 0);
                        else if (object.taskToken.length >= 0)
                            message.taskToken = object.taskToken;
                if (object.cause != null)
                    if (typeof object.cause !== "string" || object.cause.length)
                        message.cause = $String(object.cause);
                if (object.failure != null) {
                    if (!$util.isObject(object.failure))
                        throw $TypeError(".reprise.v1.FailWorkflowTaskRequest.failure: object expected");
                    message.failure = $root.reprise.v1.Failure.fromObject(object.failure, _depth + 1);
                }
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                return message;
            };

            FailWorkflowTaskRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.taskToken = "";
                    else {
                        object.taskToken = [];
                        if (options.bytes !== $Array)
                            object.taskToken = $util.newBuffer(object.taskToken);
                    }
                    object.cause = "";
                    object.failure = null;
                    object.identity = "";
                }
                if (message.taskToken != null && $Object.hasOwnProperty.call(message, "taskToken"))
                    object.taskToken = options.bytes === $String ? $util.base64.encode(message.taskToken, 0, message.taskToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.taskToken) : message.taskToken;
                if (message.cause != null && $Object.hasOwnProperty.call(message, "cause"))
                    object.cause = message.cause;
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    object.failure = $root.reprise.v1.Failure.toObject(message.failure, options, _depth + 1);
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                return object;
            };

            FailWorkflowTaskRequest.prototype.toJSON = function() {
                return FailWorkflowTaskRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return FailWorkflowTaskRequest;
        })();

        v1.ActivityTask = (function() {

            const ActivityTask = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ActivityTask.prototype.taskToken = $util.newBuffer([]);
            ActivityTask.prototype.execution = null;
            ActivityTask.prototype.workflowType = "";
            ActivityTask.prototype.activityId = "";
            ActivityTask.prototype.activityType = "";
            ActivityTask.prototype.input = null;
            ActivityTask.prototype.attempt = 0;
            ActivityTask.prototype.scheduledTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTask.prototype.startedTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTask.prototype.startToCloseTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTask.prototype.heartbeatTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTask.prototype.taskQueue = "";
            ActivityTask.prototype.scheduledEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTask.prototype.heartbeatDetails = null;
            ActivityTask.prototype.scheduleToCloseTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ActivityTask.prototype.currentAttemptScheduledTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            ActivityTask.create = function(properties) {
                return new ActivityTask(properties);
            };

            ActivityTask.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskToken != null && $Object.hasOwnProperty.call(message, "taskToken") && message.taskToken.length)
                    writer.uint32(10).bytes(message.taskToken);
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    $root.reprise.v1.WorkflowExecution.encode(message.execution, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.workflowType != null && $Object.hasOwnProperty.call(message, "workflowType") && message.workflowType !== "")
                    writer.uint32(26).string(message.workflowType);
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId") && message.activityId !== "")
                    writer.uint32(34).string(message.activityId);
                if (message.activityType != null && $Object.hasOwnProperty.call(message, "activityType") && message.activityType !== "")
                    writer.uint32(42).string(message.activityType);
                if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                    $root.reprise.v1.Payloads.encode(message.input, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(56).int32(message.attempt);
                if (message.scheduledTimeMs != null && $Object.hasOwnProperty.call(message, "scheduledTimeMs") && (typeof message.scheduledTimeMs === "object" ? message.scheduledTimeMs.low || message.scheduledTimeMs.high : message.scheduledTimeMs !== 0))
                    writer.uint32(64).int64(message.scheduledTimeMs);
                if (message.startedTimeMs != null && $Object.hasOwnProperty.call(message, "startedTimeMs") && (typeof message.startedTimeMs === "object" ? message.startedTimeMs.low || message.startedTimeMs.high : message.startedTimeMs !== 0))
                    writer.uint32(72).int64(message.startedTimeMs);
                if (message.startToCloseTimeoutMs != null && $Object.hasOwnProperty.call(message, "startToCloseTimeoutMs") && (typeof message.startToCloseTimeoutMs === "object" ? message.startToCloseTimeoutMs.low || message.startToCloseTimeoutMs.high : message.startToCloseTimeoutMs !== 0))
                    writer.uint32(80).int64(message.startToCloseTimeoutMs);
                if (message.heartbeatTimeoutMs != null && $Object.hasOwnProperty.call(message, "heartbeatTimeoutMs") && (typeof message.heartbeatTimeoutMs === "object" ? message.heartbeatTimeoutMs.low || message.heartbeatTimeoutMs.high : message.heartbeatTimeoutMs !== 0))
                    writer.uint32(88).int64(message.heartbeatTimeoutMs);
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue") && message.taskQueue !== "")
                    writer.uint32(98).string(message.taskQueue);
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId") && (typeof message.scheduledEventId === "object" ? message.scheduledEventId.low || message.scheduledEventId.high : message.scheduledEventId !== 0))
                    writer.uint32(104).int64(message.scheduledEventId);
                if (message.heartbeatDetails != null && $Object.hasOwnProperty.call(message, "heartbeatDetails"))
                    $root.reprise.v1.Payloads.encode(message.heartbeatDetails, writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.scheduleToCloseTimeoutMs != null && $Object.hasOwnProperty.call(message, "scheduleToCloseTimeoutMs") && (typeof message.scheduleToCloseTimeoutMs === "object" ? message.scheduleToCloseTimeoutMs.low || message.scheduleToCloseTimeoutMs.high : message.scheduleToCloseTimeoutMs !== 0))
                    writer.uint32(120).int64(message.scheduleToCloseTimeoutMs);
                if (message.currentAttemptScheduledTimeMs != null && $Object.hasOwnProperty.call(message, "currentAttemptScheduledTimeMs") && (typeof message.currentAttemptScheduledTimeMs === "object" ? message.currentAttemptScheduledTimeMs.low || message.currentAttemptScheduledTimeMs.high : message.currentAttemptScheduledTimeMs !== 0))
                    writer.uint32(128).int64(message.currentAttemptScheduledTimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ActivityTask.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.ActivityTask();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.taskToken = value;
                            else
                                delete message.taskToken;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.execution = $root.reprise.v1.WorkflowExecution.decode(reader, reader.size(), $undefined, _depth + 1, message.execution);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workflowType = value;
                            else
                                delete message.workflowType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activityId = value;
                            else
                                delete message.activityId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activityType = value;
                            else
                                delete message.activityType;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.input = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, message.input);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduledTimeMs = value;
                            else
                                delete message.scheduledTimeMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedTimeMs = value;
                            else
                                delete message.startedTimeMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startToCloseTimeoutMs = value;
                            else
                                delete message.startToCloseTimeoutMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.heartbeatTimeoutMs = value;
                            else
                                delete message.heartbeatTimeoutMs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskQueue = value;
                            else
                                delete message.taskQueue;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduledEventId = value;
                            else
                                delete message.scheduledEventId;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.heartbeatDetails = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeatDetails);
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduleToCloseTimeoutMs = value;
                            else
                                delete message.scheduleToCloseTimeoutMs;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.currentAttemptScheduledTimeMs = value;
                            else
                                delete message.currentAttemptScheduledTimeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ActivityTask.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.ActivityTask)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.ActivityTask: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.ActivityTask();
                if (object.taskToken != null)
                    if (object.taskToken.length)
                        if (typeof object.taskToken === "string")
                            $util.base64.decode(object.taskToken, message.taskToken = $util.newBuffer($util.base64.length(object.taskToken)), 0);
                        else if (object.taskToken.length >= 0)
                            message.taskToken = object.taskToken;
                if (object.execution != null) {
                    if (!$util.isObject(object.execution))
                        throw $TypeError(".reprise.v1.ActivityTask.execution: object expected");
                    message.execution = $root.reprise.v1.WorkflowExecution.fromObject(object.execution, _depth + 1);
                }
                if (object.workflowType != null)
                    if (typeof object.workflowType !== "string" || object.workflowType.length)
                        message.workflowType = $String(object.workflowType);
                if (object.activityId != null)
                    if (typeof object.activityId !== "string" || object.activityId.length)
                        message.activityId = $String(object.activityId);
                if (object.activityType != null)
                    if (typeof object.activityType !== "string" || object.activityType.length)
                        message.activityType = $String(object.activityType);
                if (object.input != null) {
                    if (!$util.isObject(object.input))
                        throw $TypeError(".reprise.v1.ActivityTask.input: object expected");
                    message.input = $root.reprise.v1.Payloads.fromObject(object.input, _depth + 1);
                }
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt | 0;
                if (object.scheduledTimeMs != null)
                    if (typeof object.scheduledTimeMs === "object" ? object.scheduledTimeMs.low || object.scheduledTimeMs.high : $Number(object.scheduledTimeMs) !== 0)
                        if ($util.Long)
                            message.scheduledTimeMs = $util.Long.fromValue(object.scheduledTimeMs, false);
                        else if (typeof object.scheduledTimeMs === "string")
                            message.scheduledTimeMs = $parseInt(object.scheduledTimeMs, 10);
                        else if (typeof object.scheduledTimeMs === "number")
                            message.scheduledTimeMs = object.scheduledTimeMs;
                        else if (typeof object.scheduledTimeMs === "object")
                            message.scheduledTimeMs = new $util.LongBits(object.scheduledTimeMs.low >>> 0, object.scheduledTimeMs.high >>> 0).toNumber();
                if (object.startedTimeMs != null)
                    if (typeof object.startedTimeMs === "object" ? object.startedTimeMs.low || object.startedTimeMs.high : $Number(object.startedTimeMs) !== 0)
                        if ($util.Long)
                            message.startedTimeMs = $util.Long.fromValue(object.startedTimeMs, false);
                        else if (typeof object.startedTimeMs === "string")
                            message.startedTimeMs = $parseInt(object.startedTimeMs, 10);
                        else if (typeof object.startedTimeMs === "number")
                            message.startedTimeMs = object.startedTimeMs;
                        else if (typeof object.startedTimeMs === "object")
                            message.startedTimeMs = new $util.LongBits(object.startedTimeMs.low >>> 0, object.startedTimeMs.high >>> 0).toNumber();
                if (object.startToCloseTimeoutMs != null)
                    if (typeof object.startToCloseTimeoutMs === "object" ? object.startToCloseTimeoutMs.low || object.startToCloseTimeoutMs.high : $Number(object.startToCloseTimeoutMs) !== 0)
                        if ($util.Long)
                            message.startToCloseTimeoutMs = $util.Long.fromValue(object.startToCloseTimeoutMs, false);
                        else if (typeof object.startToCloseTimeoutMs === "string")
                            message.startToCloseTimeoutMs = $parseInt(object.startToCloseTimeoutMs, 10);
                        else if (typeof object.startToCloseTimeoutMs === "number")
                            message.startToCloseTimeoutMs = object.startToCloseTimeoutMs;
                        else if (typeof object.startToCloseTimeoutMs === "object")
                            message.startToCloseTimeoutMs = new $util.LongBits(object.startToCloseTimeoutMs.low >>> 0, object.startToCloseTimeoutMs.high >>> 0).toNumber();
                if (object.heartbeatTimeoutMs != null)
                    if (typeof object.heartbeatTimeoutMs === "object" ? object.heartbeatTimeoutMs.low || object.heartbeatTimeoutMs.high : $Number(object.heartbeatTimeoutMs) !== 0)
                        if ($util.Long)
                            message.heartbeatTimeoutMs = $util.Long.fromValue(object.heartbeatTimeoutMs, false);
                        else if (typeof object.heartbeatTimeoutMs === "string")
                            message.heartbeatTimeoutMs = $parseInt(object.heartbeatTimeoutMs, 10);
                        else if (typeof object.heartbeatTimeoutMs === "number")
                            message.heartbeatTimeoutMs = object.heartbeatTimeoutMs;
                        else if (typeof object.heartbeatTimeoutMs === "object")
                            message.heartbeatTimeoutMs = new $util.LongBits(object.heartbeatTimeoutMs.low >>> 0, object.heartbeatTimeoutMs.high >>> 0).toNumber();
                if (object.taskQueue != null)
                    if (typeof object.taskQueue !== "string" || object.taskQueue.length)
                        message.taskQueue = $String(object.taskQueue);
                if (object.scheduledEventId != null)
                    if (typeof object.scheduledEventId === "object" ? object.scheduledEventId.low || object.scheduledEventId.high : $Number(object.scheduledEventId) !== 0)
                        if ($util.Long)
                            message.scheduledEventId = $util.Long.fromValue(object.scheduledEventId, false);
                        else if (typeof object.scheduledEventId === "string")
                            message.scheduledEventId = $parseInt(object.scheduledEventId, 10);
                        else if (typeof object.scheduledEventId === "number")
                            message.scheduledEventId = object.scheduledEventId;
                        else if (typeof object.scheduledEventId === "object")
                            message.scheduledEventId = new $util.LongBits(object.scheduledEventId.low >>> 0, object.scheduledEventId.high >>> 0).toNumber();
                if (object.heartbeatDetails != null) {
                    if (!$util.isObject(object.heartbeatDetails))
                        throw $TypeError(".reprise.v1.ActivityTask.heartbeatDetails: object expected");
                    message.heartbeatDetails = $root.reprise.v1.Payloads.fromObject(object.heartbeatDetails, _depth + 1);
                }
                if (object.scheduleToCloseTimeoutMs != null)
                    if (typeof object.scheduleToCloseTimeoutMs === "object" ? object.scheduleToCloseTimeoutMs.low || object.scheduleToCloseTimeoutMs.high : $Number(object.scheduleToCloseTimeoutMs) !== 0)
                        if ($util.Long)
                            message.scheduleToCloseTimeoutMs = $util.Long.fromValue(object.scheduleToCloseTimeoutMs, false);
                        else if (typeof object.scheduleToCloseTimeoutMs === "string")
                            message.scheduleToCloseTimeoutMs = $parseInt(object.scheduleToCloseTimeoutMs, 10);
                        else if (typeof object.scheduleToCloseTimeoutMs === "number")
                            message.scheduleToCloseTimeoutMs = object.scheduleToCloseTimeoutMs;
                        else if (typeof object.scheduleToCloseTimeoutMs === "object")
                            message.scheduleToCloseTimeoutMs = new $util.LongBits(object.scheduleToCloseTimeoutMs.low >>> 0, object.scheduleToCloseTimeoutMs.high >>> 0).toNumber();
                if (object.currentAttemptScheduledTimeMs != null)
                    if (typeof object.currentAttemptScheduledTimeMs === "object" ? object.currentAttemptScheduledTimeMs.low || object.currentAttemptScheduledTimeMs.high : $Number(object.currentAttemptScheduledTimeMs) !== 0)
                        if ($util.Long)
                            message.currentAttemptScheduledTimeMs = $util.Long.fromValue(object.currentAttemptScheduledTimeMs, false);
                        else if (typeof object.currentAttemptScheduledTimeMs === "string")
                            message.currentAttemptScheduledTimeMs = $parseInt(object.currentAttemptScheduledTimeMs, 10);
                        else if (typeof object.currentAttemptScheduledTimeMs === "number")
                            message.currentAttemptScheduledTimeMs = object.currentAttemptScheduledTimeMs;
                        else if (typeof object.currentAttemptScheduledTimeMs === "object")
                            message.currentAttemptScheduledTimeMs = new $util.LongBits(object.currentAttemptScheduledTimeMs.low >>> 0, object.currentAttemptScheduledTimeMs.high >>> 0).toNumber();
                return message;
            };

            ActivityTask.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.taskToken = "";
                    else {
                        object.taskToken = [];
                        if (options.bytes !== $Array)
                            object.taskToken = $util.newBuffer(object.taskToken);
                    }
                    object.execution = null;
                    object.workflowType = "";
                    object.activityId = "";
                    object.activityType = "";
                    object.input = null;
                    object.attempt = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduledTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduledTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startToCloseTimeoutMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startToCloseTimeoutMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.heartbeatTimeoutMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.heartbeatTimeoutMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.taskQueue = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduledEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduledEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.heartbeatDetails = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduleToCloseTimeoutMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduleToCloseTimeoutMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.currentAttemptScheduledTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.currentAttemptScheduledTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.taskToken != null && $Object.hasOwnProperty.call(message, "taskToken"))
                    object.taskToken = options.bytes === $String ? $util.base64.encode(message.taskToken, 0, message.taskToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.taskToken) : message.taskToken;
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    object.execution = $root.reprise.v1.WorkflowExecution.toObject(message.execution, options, _depth + 1);
                if (message.workflowType != null && $Object.hasOwnProperty.call(message, "workflowType"))
                    object.workflowType = message.workflowType;
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId"))
                    object.activityId = message.activityId;
                if (message.activityType != null && $Object.hasOwnProperty.call(message, "activityType"))
                    object.activityType = message.activityType;
                if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                    object.input = $root.reprise.v1.Payloads.toObject(message.input, options, _depth + 1);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.scheduledTimeMs != null && $Object.hasOwnProperty.call(message, "scheduledTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduledTimeMs = typeof message.scheduledTimeMs === "number" ? $BigInt(message.scheduledTimeMs) : $util.Long.fromBits(message.scheduledTimeMs.low >>> 0, message.scheduledTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduledTimeMs === "number")
                        object.scheduledTimeMs = options.longs === $String ? $String(message.scheduledTimeMs) : message.scheduledTimeMs;
                    else
                        object.scheduledTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledTimeMs) : options.longs === $Number ? new $util.LongBits(message.scheduledTimeMs.low >>> 0, message.scheduledTimeMs.high >>> 0).toNumber() : message.scheduledTimeMs;
                if (message.startedTimeMs != null && $Object.hasOwnProperty.call(message, "startedTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedTimeMs = typeof message.startedTimeMs === "number" ? $BigInt(message.startedTimeMs) : $util.Long.fromBits(message.startedTimeMs.low >>> 0, message.startedTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startedTimeMs === "number")
                        object.startedTimeMs = options.longs === $String ? $String(message.startedTimeMs) : message.startedTimeMs;
                    else
                        object.startedTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedTimeMs) : options.longs === $Number ? new $util.LongBits(message.startedTimeMs.low >>> 0, message.startedTimeMs.high >>> 0).toNumber() : message.startedTimeMs;
                if (message.startToCloseTimeoutMs != null && $Object.hasOwnProperty.call(message, "startToCloseTimeoutMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startToCloseTimeoutMs = typeof message.startToCloseTimeoutMs === "number" ? $BigInt(message.startToCloseTimeoutMs) : $util.Long.fromBits(message.startToCloseTimeoutMs.low >>> 0, message.startToCloseTimeoutMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startToCloseTimeoutMs === "number")
                        object.startToCloseTimeoutMs = options.longs === $String ? $String(message.startToCloseTimeoutMs) : message.startToCloseTimeoutMs;
                    else
                        object.startToCloseTimeoutMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startToCloseTimeoutMs) : options.longs === $Number ? new $util.LongBits(message.startToCloseTimeoutMs.low >>> 0, message.startToCloseTimeoutMs.high >>> 0).toNumber() : message.startToCloseTimeoutMs;
                if (message.heartbeatTimeoutMs != null && $Object.hasOwnProperty.call(message, "heartbeatTimeoutMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.heartbeatTimeoutMs = typeof message.heartbeatTimeoutMs === "number" ? $BigInt(message.heartbeatTimeoutMs) : $util.Long.fromBits(message.heartbeatTimeoutMs.low >>> 0, message.heartbeatTimeoutMs.high >>> 0, false).toBigInt();
                    else if (typeof message.heartbeatTimeoutMs === "number")
                        object.heartbeatTimeoutMs = options.longs === $String ? $String(message.heartbeatTimeoutMs) : message.heartbeatTimeoutMs;
                    else
                        object.heartbeatTimeoutMs = options.longs === $String ? $util.Long.prototype.toString.call(message.heartbeatTimeoutMs) : options.longs === $Number ? new $util.LongBits(message.heartbeatTimeoutMs.low >>> 0, message.heartbeatTimeoutMs.high >>> 0).toNumber() : message.heartbeatTimeoutMs;
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue"))
                    object.taskQueue = message.taskQueue;
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduledEventId = typeof message.scheduledEventId === "number" ? $BigInt(message.scheduledEventId) : $util.Long.fromBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduledEventId === "number")
                        object.scheduledEventId = options.longs === $String ? $String(message.scheduledEventId) : message.scheduledEventId;
                    else
                        object.scheduledEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledEventId) : options.longs === $Number ? new $util.LongBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0).toNumber() : message.scheduledEventId;
                if (message.heartbeatDetails != null && $Object.hasOwnProperty.call(message, "heartbeatDetails"))
                    object.heartbeatDetails = $root.reprise.v1.Payloads.toObject(message.heartbeatDetails, options, _depth + 1);
                if (message.scheduleToCloseTimeoutMs != null && $Object.hasOwnProperty.call(message, "scheduleToCloseTimeoutMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduleToCloseTimeoutMs = typeof message.scheduleToCloseTimeoutMs === "number" ? $BigInt(message.scheduleToCloseTimeoutMs) : $util.Long.fromBits(message.scheduleToCloseTimeoutMs.low >>> 0, message.scheduleToCloseTimeoutMs.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduleToCloseTimeoutMs === "number")
                        object.scheduleToCloseTimeoutMs = options.longs === $String ? $String(message.scheduleToCloseTimeoutMs) : message.scheduleToCloseTimeoutMs;
                    else
                        object.scheduleToCloseTimeoutMs = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduleToCloseTimeoutMs) : options.longs === $Number ? new $util.LongBits(message.scheduleToCloseTimeoutMs.low >>> 0, message.scheduleToCloseTimeoutMs.high >>> 0).toNumber() : message.scheduleToCloseTimeoutMs;
                if (message.currentAttemptScheduledTimeMs != null && $Object.hasOwnProperty.call(message, "currentAttemptScheduledTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.currentAttemptScheduledTimeMs = typeof message.currentAttemptScheduledTimeMs === "number" ? $BigInt(message.currentAttemptScheduledTimeMs) : $util.Long.fromBits(message.currentAttemptScheduledTimeMs.low >>> 0, message.currentAttemptScheduledTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.currentAttemptScheduledTimeMs === "number")
                        object.currentAttemptScheduledTimeMs = options.longs === $String ? $String(message.currentAttemptScheduledTimeMs) : message.currentAttemptScheduledTimeMs;
                    else
                        object.currentAttemptScheduledTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.currentAttemptScheduledTimeMs) : options.longs === $Number ? new $util.LongBits(message.currentAttemptScheduledTimeMs.low >>> 0, message.currentAttemptScheduledTimeMs.high >>> 0).toNumber() : message.currentAttemptScheduledTimeMs;
                return object;
            };

            ActivityTask.prototype.toJSON = function() {
                return ActivityTask.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ActivityTask;
        })();

        v1.RecordActivityTaskHeartbeatRequest = (function() {

            const RecordActivityTaskHeartbeatRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RecordActivityTaskHeartbeatRequest.prototype.taskToken = $util.newBuffer([]);
            RecordActivityTaskHeartbeatRequest.prototype.details = null;
            RecordActivityTaskHeartbeatRequest.prototype.identity = "";

            RecordActivityTaskHeartbeatRequest.create = function(properties) {
                return new RecordActivityTaskHeartbeatRequest(properties);
            };

            RecordActivityTaskHeartbeatRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskToken != null && $Object.hasOwnProperty.call(message, "taskToken") && message.taskToken.length)
                    writer.uint32(10).bytes(message.taskToken);
                if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                    $root.reprise.v1.Payloads.encode(message.details, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(26).string(message.identity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RecordActivityTaskHeartbeatRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.RecordActivityTaskHeartbeatRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.taskToken = value;
                            else
                                delete message.taskToken;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.details = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, message.details);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RecordActivityTaskHeartbeatRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.RecordActivityTaskHeartbeatRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.RecordActivityTaskHeartbeatRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.RecordActivityTaskHeartbeatRequest();
                if (object.taskToken != null)
                    if (object.taskToken.length)
                        if (typeof object.taskToken === "string")
                            $util.base64.decode(object.taskToken, message.taskToken = $util.newBuffer($util.base64.length(object.taskToken)), 0);
                        else if (object.taskToken.length >= 0)
                            message.taskToken = object.taskToken;
                if (object.details != null) {
                    if (!$util.isObject(object.details))
                        throw $TypeError(".reprise.v1.RecordActivityTaskHeartbeatRequest.details: object expected");
                    message.details = $root.reprise.v1.Payloads.fromObject(object.details, _depth + 1);
                }
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                return message;
            };

            RecordActivityTaskHeartbeatRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.taskToken = "";
                    else {
                        object.taskToken = [];
                        if (options.bytes !== $Array)
                            object.taskToken = $util.newBuffer(object.taskToken);
                    }
                    object.details = null;
                    object.identity = "";
                }
                if (message.taskToken != null && $Object.hasOwnProperty.call(message, "taskToken"))
                    object.taskToken = options.bytes === $String ? $util.base64.encode(message.taskToken, 0, message.taskToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.taskToken) : message.taskToken;
                if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                    object.details = $root.reprise.v1.Payloads.toObject(message.details, options, _depth + 1);
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                return object;
            };

            RecordActivityTaskHeartbeatRequest.prototype.toJSON = function() {
                return RecordActivityTaskHeartbeatRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RecordActivityTaskHeartbeatRequest;
        })();

        v1.RecordActivityTaskHeartbeatResponse = (function() {

            const RecordActivityTaskHeartbeatResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RecordActivityTaskHeartbeatResponse.prototype.cancelRequested = false;

            RecordActivityTaskHeartbeatResponse.create = function(properties) {
                return new RecordActivityTaskHeartbeatResponse(properties);
            };

            RecordActivityTaskHeartbeatResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cancelRequested != null && $Object.hasOwnProperty.call(message, "cancelRequested") && message.cancelRequested !== false)
                    writer.uint32(8).bool(message.cancelRequested);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RecordActivityTaskHeartbeatResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.RecordActivityTaskHeartbeatResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.cancelRequested = value;
                            else
                                delete message.cancelRequested;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RecordActivityTaskHeartbeatResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.RecordActivityTaskHeartbeatResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.RecordActivityTaskHeartbeatResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.RecordActivityTaskHeartbeatResponse();
                if (object.cancelRequested != null)
                    if (object.cancelRequested)
                        message.cancelRequested = $Boolean(object.cancelRequested);
                return message;
            };

            RecordActivityTaskHeartbeatResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.cancelRequested = false;
                if (message.cancelRequested != null && $Object.hasOwnProperty.call(message, "cancelRequested"))
                    object.cancelRequested = message.cancelRequested;
                return object;
            };

            RecordActivityTaskHeartbeatResponse.prototype.toJSON = function() {
                return RecordActivityTaskHeartbeatResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RecordActivityTaskHeartbeatResponse;
        })();

        v1.CompleteActivityTaskRequest = (function() {

            const CompleteActivityTaskRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CompleteActivityTaskRequest.prototype.taskToken = $util.newBuffer([]);
            CompleteActivityTaskRequest.prototype.result = null;
            CompleteActivityTaskRequest.prototype.identity = "";

            CompleteActivityTaskRequest.create = function(properties) {
                return new CompleteActivityTaskRequest(properties);
            };

            CompleteActivityTaskRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskToken != null && $Object.hasOwnProperty.call(message, "taskToken") && message.taskToken.length)
                    writer.uint32(10).bytes(message.taskToken);
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    $root.reprise.v1.Payloads.encode(message.result, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(26).string(message.identity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CompleteActivityTaskRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.CompleteActivityTaskRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.taskToken = value;
                            else
                                delete message.taskToken;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.result = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CompleteActivityTaskRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.CompleteActivityTaskRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.CompleteActivityTaskRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.CompleteActivityTaskRequest();
                if (object.taskToken != null)
                    if (object.taskToken.length)
                        if (typeof object.taskToken === "string")
                            $util.base64.decode(object.taskToken, message.taskToken = $util.newBuffer($util.base64.length(object.taskToken)), 0);
                        else if (object.taskToken.length >= 0)
                            message.taskToken = object.taskToken;
                if (object.result != null) {
                    if (!$util.isObject(object.result))
                        throw $TypeError(".reprise.v1.CompleteActivityTaskRequest.result: object expected");
                    message.result = $root.reprise.v1.Payloads.fromObject(object.result, _depth + 1);
                }
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                return message;
            };

            CompleteActivityTaskRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.taskToken = "";
                    else {
                        object.taskToken = [];
                        if (options.bytes !== $Array)
                            object.taskToken = $util.newBuffer(object.taskToken);
                    }
                    object.result = null;
                    object.identity = "";
                }
                if (message.taskToken != null && $Object.hasOwnProperty.call(message, "taskToken"))
                    object.taskToken = options.bytes === $String ? $util.base64.encode(message.taskToken, 0, message.taskToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.taskToken) : message.taskToken;
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    object.result = $root.reprise.v1.Payloads.toObject(message.result, options, _depth + 1);
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                return object;
            };

            CompleteActivityTaskRequest.prototype.toJSON = function() {
                return CompleteActivityTaskRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CompleteActivityTaskRequest;
        })();

        v1.FailActivityTaskRequest = (function() {

            const FailActivityTaskRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FailActivityTaskRequest.prototype.taskToken = $util.newBuffer([]);
            FailActivityTaskRequest.prototype.failure = null;
            FailActivityTaskRequest.prototype.identity = "";

            FailActivityTaskRequest.create = function(properties) {
                return new FailActivityTaskRequest(properties);
            };

            FailActivityTaskRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskToken != null && $Object.hasOwnProperty.call(message, "taskToken") && message.taskToken.length)
                    writer.uint32(10).bytes(message.taskToken);
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    $root.reprise.v1.Failure.encode(message.failure, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(26).string(message.identity);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FailActivityTaskRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.FailActivityTaskRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.taskToken = value;
                            else
                                delete message.taskToken;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.failure = $root.reprise.v1.Failure.decode(reader, reader.size(), $undefined, _depth + 1, message.failure);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FailActivityTaskRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.FailActivityTaskRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.FailActivityTaskRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.FailActivityTaskRequest();
                if (object.taskToken != null)
                    if (object.taskToken.length)
                        if (typeof object.taskToken === "string")
                            $util.base64.decode(object.taskToken, message.taskToken = $util.newBuffer($util.base64.length(object.taskToken)), 0);
                        else if (object.taskToken.length >= 0)
                            message.taskToken = object.taskToken;
                if (object.failure != null) {
                    if (!$util.isObject(object.failure))
                        throw $TypeError(".reprise.v1.FailActivityTaskRequest.failure: object expected");
                    message.failure = $root.reprise.v1.Failure.fromObject(object.failure, _depth + 1);
                }
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                return message;
            };

            FailActivityTaskRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.taskToken = "";
                    else {
                        object.taskToken = [];
                        if (options.bytes !== $Array)
                            object.taskToken = $util.newBuffer(object.taskToken);
                    }
                    object.failure = null;
                    object.identity = "";
                }
                if (message.taskToken != null && $Object.hasOwnProperty.call(message, "taskToken"))
                    object.taskToken = options.bytes === $String ? $util.base64.encode(message.taskToken, 0, message.taskToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.taskToken) : message.taskToken;
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    object.failure = $root.reprise.v1.Failure.toObject(message.failure, options, _depth + 1);
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                return object;
            };

            FailActivityTaskRequest.prototype.toJSON = function() {
                return FailActivityTaskRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return FailActivityTaskRequest;
        })();

        v1.WorkerHello = (function() {

            const WorkerHello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WorkerHello.prototype.namespace = "";
            WorkerHello.prototype.taskQueue = "";
            WorkerHello.prototype.identity = "";
            WorkerHello.prototype.maxTaskQueueActivitiesPerSecond = 0;

            WorkerHello.create = function(properties) {
                return new WorkerHello(properties);
            };

            WorkerHello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(10).string(message.namespace);
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue") && message.taskQueue !== "")
                    writer.uint32(18).string(message.taskQueue);
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(26).string(message.identity);
                if (message.maxTaskQueueActivitiesPerSecond != null && $Object.hasOwnProperty.call(message, "maxTaskQueueActivitiesPerSecond") && !$Object.is(message.maxTaskQueueActivitiesPerSecond, 0))
                    writer.uint32(33).double(message.maxTaskQueueActivitiesPerSecond);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WorkerHello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.WorkerHello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskQueue = value;
                            else
                                delete message.taskQueue;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maxTaskQueueActivitiesPerSecond = value;
                            else
                                delete message.maxTaskQueueActivitiesPerSecond;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WorkerHello.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.WorkerHello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.WorkerHello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.WorkerHello();
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.taskQueue != null)
                    if (typeof object.taskQueue !== "string" || object.taskQueue.length)
                        message.taskQueue = $String(object.taskQueue);
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                if (object.maxTaskQueueActivitiesPerSecond != null)
                    if (!$Object.is($Number(object.maxTaskQueueActivitiesPerSecond), 0))
                        message.maxTaskQueueActivitiesPerSecond = $Number(object.maxTaskQueueActivitiesPerSecond);
                return message;
            };

            WorkerHello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.namespace = "";
                    object.taskQueue = "";
                    object.identity = "";
                    object.maxTaskQueueActivitiesPerSecond = 0;
                }
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue"))
                    object.taskQueue = message.taskQueue;
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                if (message.maxTaskQueueActivitiesPerSecond != null && $Object.hasOwnProperty.call(message, "maxTaskQueueActivitiesPerSecond"))
                    object.maxTaskQueueActivitiesPerSecond = options.json && !$isFinite(message.maxTaskQueueActivitiesPerSecond) ? $String(message.maxTaskQueueActivitiesPerSecond) : message.maxTaskQueueActivitiesPerSecond;
                return object;
            };

            WorkerHello.prototype.toJSON = function() {
                return WorkerHello.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorkerHello;
        })();

        v1.SlotGrant = (function() {

            const SlotGrant = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SlotGrant.prototype.workflowSlots = 0;
            SlotGrant.prototype.activitySlots = 0;

            SlotGrant.create = function(properties) {
                return new SlotGrant(properties);
            };

            SlotGrant.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workflowSlots != null && $Object.hasOwnProperty.call(message, "workflowSlots") && message.workflowSlots !== 0)
                    writer.uint32(8).int32(message.workflowSlots);
                if (message.activitySlots != null && $Object.hasOwnProperty.call(message, "activitySlots") && message.activitySlots !== 0)
                    writer.uint32(16).int32(message.activitySlots);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SlotGrant.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.SlotGrant();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.workflowSlots = value;
                            else
                                delete message.workflowSlots;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.activitySlots = value;
                            else
                                delete message.activitySlots;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SlotGrant.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.SlotGrant)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.SlotGrant: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.SlotGrant();
                if (object.workflowSlots != null)
                    if ($Number(object.workflowSlots) !== 0)
                        message.workflowSlots = object.workflowSlots | 0;
                if (object.activitySlots != null)
                    if ($Number(object.activitySlots) !== 0)
                        message.activitySlots = object.activitySlots | 0;
                return message;
            };

            SlotGrant.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.workflowSlots = 0;
                    object.activitySlots = 0;
                }
                if (message.workflowSlots != null && $Object.hasOwnProperty.call(message, "workflowSlots"))
                    object.workflowSlots = message.workflowSlots;
                if (message.activitySlots != null && $Object.hasOwnProperty.call(message, "activitySlots"))
                    object.activitySlots = message.activitySlots;
                return object;
            };

            SlotGrant.prototype.toJSON = function() {
                return SlotGrant.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SlotGrant;
        })();

        v1.WorkerMessage = (function() {

            const WorkerMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WorkerMessage.prototype.ref = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkerMessage.prototype.hello = null;
            WorkerMessage.prototype.grant = null;
            WorkerMessage.prototype.completeWorkflowTask = null;
            WorkerMessage.prototype.failWorkflowTask = null;
            WorkerMessage.prototype.completeActivityTask = null;
            WorkerMessage.prototype.failActivityTask = null;
            WorkerMessage.prototype.drain = null;
            WorkerMessage.prototype.heartbeat = null;

            let $oneOfFields;

            $Object.defineProperty(WorkerMessage.prototype, "message", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "grant", "completeWorkflowTask", "failWorkflowTask", "completeActivityTask", "failActivityTask", "drain", "heartbeat"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            WorkerMessage.create = function(properties) {
                return new WorkerMessage(properties);
            };

            WorkerMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && (typeof message.ref === "object" ? message.ref.low || message.ref.high : message.ref !== 0))
                    writer.uint32(8).int64(message.ref);
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.reprise.v1.WorkerHello.encode(message.hello, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.grant != null && $Object.hasOwnProperty.call(message, "grant"))
                    $root.reprise.v1.SlotGrant.encode(message.grant, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.completeWorkflowTask != null && $Object.hasOwnProperty.call(message, "completeWorkflowTask"))
                    $root.reprise.v1.CompleteWorkflowTaskRequest.encode(message.completeWorkflowTask, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.failWorkflowTask != null && $Object.hasOwnProperty.call(message, "failWorkflowTask"))
                    $root.reprise.v1.FailWorkflowTaskRequest.encode(message.failWorkflowTask, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.completeActivityTask != null && $Object.hasOwnProperty.call(message, "completeActivityTask"))
                    $root.reprise.v1.CompleteActivityTaskRequest.encode(message.completeActivityTask, writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.failActivityTask != null && $Object.hasOwnProperty.call(message, "failActivityTask"))
                    $root.reprise.v1.FailActivityTaskRequest.encode(message.failActivityTask, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.drain != null && $Object.hasOwnProperty.call(message, "drain"))
                    $root.reprise.v1.Drain.encode(message.drain, writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.reprise.v1.RecordActivityTaskHeartbeatRequest.encode(message.heartbeat, writer.uint32(138).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WorkerMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.WorkerMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.ref = value;
                            else
                                delete message.ref;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.reprise.v1.WorkerHello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.message = "hello";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.grant = $root.reprise.v1.SlotGrant.decode(reader, reader.size(), $undefined, _depth + 1, message.grant);
                            message.message = "grant";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.completeWorkflowTask = $root.reprise.v1.CompleteWorkflowTaskRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.completeWorkflowTask);
                            message.message = "completeWorkflowTask";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.failWorkflowTask = $root.reprise.v1.FailWorkflowTaskRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.failWorkflowTask);
                            message.message = "failWorkflowTask";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.completeActivityTask = $root.reprise.v1.CompleteActivityTaskRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.completeActivityTask);
                            message.message = "completeActivityTask";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.failActivityTask = $root.reprise.v1.FailActivityTaskRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.failActivityTask);
                            message.message = "failActivityTask";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.drain = $root.reprise.v1.Drain.decode(reader, reader.size(), $undefined, _depth + 1, message.drain);
                            message.message = "drain";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.heartbeat = $root.reprise.v1.RecordActivityTaskHeartbeatRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                            message.message = "heartbeat";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WorkerMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.WorkerMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.WorkerMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.WorkerMessage();
                if (object.ref != null)
                    if (typeof object.ref === "object" ? object.ref.low || object.ref.high : $Number(object.ref) !== 0)
                        if ($util.Long)
                            message.ref = $util.Long.fromValue(object.ref, false);
                        else if (typeof object.ref === "string")
                            message.ref = $parseInt(object.ref, 10);
                        else if (typeof object.ref === "number")
                            message.ref = object.ref;
                        else if (typeof object.ref === "object")
                            message.ref = new $util.LongBits(object.ref.low >>> 0, object.ref.high >>> 0).toNumber();
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".reprise.v1.WorkerMessage.hello: object expected");
                    message.hello = $root.reprise.v1.WorkerHello.fromObject(object.hello, _depth + 1);
                }
                if (object.grant != null) {
                    if (!$util.isObject(object.grant))
                        throw $TypeError(".reprise.v1.WorkerMessage.grant: object expected");
                    message.grant = $root.reprise.v1.SlotGrant.fromObject(object.grant, _depth + 1);
                }
                if (object.completeWorkflowTask != null) {
                    if (!$util.isObject(object.completeWorkflowTask))
                        throw $TypeError(".reprise.v1.WorkerMessage.completeWorkflowTask: object expected");
                    message.completeWorkflowTask = $root.reprise.v1.CompleteWorkflowTaskRequest.fromObject(object.completeWorkflowTask, _depth + 1);
                }
                if (object.failWorkflowTask != null) {
                    if (!$util.isObject(object.failWorkflowTask))
                        throw $TypeError(".reprise.v1.WorkerMessage.failWorkflowTask: object expected");
                    message.failWorkflowTask = $root.reprise.v1.FailWorkflowTaskRequest.fromObject(object.failWorkflowTask, _depth + 1);
                }
                if (object.completeActivityTask != null) {
                    if (!$util.isObject(object.completeActivityTask))
                        throw $TypeError(".reprise.v1.WorkerMessage.completeActivityTask: object expected");
                    message.completeActivityTask = $root.reprise.v1.CompleteActivityTaskRequest.fromObject(object.completeActivityTask, _depth + 1);
                }
                if (object.failActivityTask != null) {
                    if (!$util.isObject(object.failActivityTask))
                        throw $TypeError(".reprise.v1.WorkerMessage.failActivityTask: object expected");
                    message.failActivityTask = $root.reprise.v1.FailActivityTaskRequest.fromObject(object.failActivityTask, _depth + 1);
                }
                if (object.drain != null) {
                    if (!$util.isObject(object.drain))
                        throw $TypeError(".reprise.v1.WorkerMessage.drain: object expected");
                    message.drain = $root.reprise.v1.Drain.fromObject(object.drain, _depth + 1);
                }
                if (object.heartbeat != null) {
                    if (!$util.isObject(object.heartbeat))
                        throw $TypeError(".reprise.v1.WorkerMessage.heartbeat: object expected");
                    message.heartbeat = $root.reprise.v1.RecordActivityTaskHeartbeatRequest.fromObject(object.heartbeat, _depth + 1);
                }
                return message;
            };

            WorkerMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.ref = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ref = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ref = typeof message.ref === "number" ? $BigInt(message.ref) : $util.Long.fromBits(message.ref.low >>> 0, message.ref.high >>> 0, false).toBigInt();
                    else if (typeof message.ref === "number")
                        object.ref = options.longs === $String ? $String(message.ref) : message.ref;
                    else
                        object.ref = options.longs === $String ? $util.Long.prototype.toString.call(message.ref) : options.longs === $Number ? new $util.LongBits(message.ref.low >>> 0, message.ref.high >>> 0).toNumber() : message.ref;
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.reprise.v1.WorkerHello.toObject(message.hello, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "hello";
                }
                if (message.grant != null && $Object.hasOwnProperty.call(message, "grant")) {
                    object.grant = $root.reprise.v1.SlotGrant.toObject(message.grant, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "grant";
                }
                if (message.completeWorkflowTask != null && $Object.hasOwnProperty.call(message, "completeWorkflowTask")) {
                    object.completeWorkflowTask = $root.reprise.v1.CompleteWorkflowTaskRequest.toObject(message.completeWorkflowTask, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "completeWorkflowTask";
                }
                if (message.failWorkflowTask != null && $Object.hasOwnProperty.call(message, "failWorkflowTask")) {
                    object.failWorkflowTask = $root.reprise.v1.FailWorkflowTaskRequest.toObject(message.failWorkflowTask, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "failWorkflowTask";
                }
                if (message.completeActivityTask != null && $Object.hasOwnProperty.call(message, "completeActivityTask")) {
                    object.completeActivityTask = $root.reprise.v1.CompleteActivityTaskRequest.toObject(message.completeActivityTask, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "completeActivityTask";
                }
                if (message.failActivityTask != null && $Object.hasOwnProperty.call(message, "failActivityTask")) {
                    object.failActivityTask = $root.reprise.v1.FailActivityTaskRequest.toObject(message.failActivityTask, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "failActivityTask";
                }
                if (message.drain != null && $Object.hasOwnProperty.call(message, "drain")) {
                    object.drain = $root.reprise.v1.Drain.toObject(message.drain, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "drain";
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    object.heartbeat = $root.reprise.v1.RecordActivityTaskHeartbeatRequest.toObject(message.heartbeat, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "heartbeat";
                }
                return object;
            };

            WorkerMessage.prototype.toJSON = function() {
                return WorkerMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorkerMessage;
        })();

        v1.Drain = (function() {

            const Drain = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Drain.create = function(properties) {
                return new Drain(properties);
            };

            Drain.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Drain.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.Drain();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Drain.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.Drain)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.Drain: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.reprise.v1.Drain();
            };

            Drain.toObject = function () {
                return {};
            };

            Drain.prototype.toJSON = function() {
                return Drain.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Drain;
        })();

        v1.Ack = (function() {

            const Ack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Ack.prototype.ref = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Ack.prototype.code = 0;
            Ack.prototype.message = "";
            Ack.prototype.cancelRequested = false;

            Ack.create = function(properties) {
                return new Ack(properties);
            };

            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && (typeof message.ref === "object" ? message.ref.low || message.ref.high : message.ref !== 0))
                    writer.uint32(8).int64(message.ref);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(16).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(26).string(message.message);
                if (message.cancelRequested != null && $Object.hasOwnProperty.call(message, "cancelRequested") && message.cancelRequested !== false)
                    writer.uint32(32).bool(message.cancelRequested);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Ack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.Ack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.ref = value;
                            else
                                delete message.ref;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.cancelRequested = value;
                            else
                                delete message.cancelRequested;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Ack.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.Ack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.Ack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.Ack();
                if (object.ref != null)
                    if (typeof object.ref === "object" ? object.ref.low || object.ref.high : $Number(object.ref) !== 0)
                        if ($util.Long)
                            message.ref = $util.Long.fromValue(object.ref, false);
                        else if (typeof object.ref === "string")
                            message.ref = $parseInt(object.ref, 10);
                        else if (typeof object.ref === "number")
                            message.ref = object.ref;
                        else if (typeof object.ref === "object")
                            message.ref = new $util.LongBits(object.ref.low >>> 0, object.ref.high >>> 0).toNumber();
                if (object.code != null)
                    if ($Number(object.code) !== 0)
                        message.code = object.code | 0;
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.cancelRequested != null)
                    if (object.cancelRequested)
                        message.cancelRequested = $Boolean(object.cancelRequested);
                return message;
            };

            Ack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.ref = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.ref = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.code = 0;
                    object.message = "";
                    object.cancelRequested = false;
                }
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.ref = typeof message.ref === "number" ? $BigInt(message.ref) : $util.Long.fromBits(message.ref.low >>> 0, message.ref.high >>> 0, false).toBigInt();
                    else if (typeof message.ref === "number")
                        object.ref = options.longs === $String ? $String(message.ref) : message.ref;
                    else
                        object.ref = options.longs === $String ? $util.Long.prototype.toString.call(message.ref) : options.longs === $Number ? new $util.LongBits(message.ref.low >>> 0, message.ref.high >>> 0).toNumber() : message.ref;
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.cancelRequested != null && $Object.hasOwnProperty.call(message, "cancelRequested"))
                    object.cancelRequested = message.cancelRequested;
                return object;
            };

            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Ack;
        })();

        v1.ServerMessage = (function() {

            const ServerMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ServerMessage.prototype.workflowTask = null;
            ServerMessage.prototype.activityTask = null;
            ServerMessage.prototype.ack = null;

            let $oneOfFields;

            $Object.defineProperty(ServerMessage.prototype, "message", {
                get: $util.oneOfGetter($oneOfFields = ["workflowTask", "activityTask", "ack"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ServerMessage.create = function(properties) {
                return new ServerMessage(properties);
            };

            ServerMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workflowTask != null && $Object.hasOwnProperty.call(message, "workflowTask"))
                    $root.reprise.v1.WorkflowTask.encode(message.workflowTask, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.activityTask != null && $Object.hasOwnProperty.call(message, "activityTask"))
                    $root.reprise.v1.ActivityTask.encode(message.activityTask, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.reprise.v1.Ack.encode(message.ack, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ServerMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.ServerMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.workflowTask = $root.reprise.v1.WorkflowTask.decode(reader, reader.size(), $undefined, _depth + 1, message.workflowTask);
                            message.message = "workflowTask";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.activityTask = $root.reprise.v1.ActivityTask.decode(reader, reader.size(), $undefined, _depth + 1, message.activityTask);
                            message.message = "activityTask";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.reprise.v1.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.message = "ack";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ServerMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.ServerMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.ServerMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.ServerMessage();
                if (object.workflowTask != null) {
                    if (!$util.isObject(object.workflowTask))
                        throw $TypeError(".reprise.v1.ServerMessage.workflowTask: object expected");
                    message.workflowTask = $root.reprise.v1.WorkflowTask.fromObject(object.workflowTask, _depth + 1);
                }
                if (object.activityTask != null) {
                    if (!$util.isObject(object.activityTask))
                        throw $TypeError(".reprise.v1.ServerMessage.activityTask: object expected");
                    message.activityTask = $root.reprise.v1.ActivityTask.fromObject(object.activityTask, _depth + 1);
                }
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw $TypeError(".reprise.v1.ServerMessage.ack: object expected");
                    message.ack = $root.reprise.v1.Ack.fromObject(object.ack, _depth + 1);
                }
                return message;
            };

            ServerMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.workflowTask != null && $Object.hasOwnProperty.call(message, "workflowTask")) {
                    object.workflowTask = $root.reprise.v1.WorkflowTask.toObject(message.workflowTask, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "workflowTask";
                }
                if (message.activityTask != null && $Object.hasOwnProperty.call(message, "activityTask")) {
                    object.activityTask = $root.reprise.v1.ActivityTask.toObject(message.activityTask, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "activityTask";
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    object.ack = $root.reprise.v1.Ack.toObject(message.ack, options, _depth + 1);
                    if (options.oneofs)
                        object.message = "ack";
                }
                return object;
            };

            ServerMessage.prototype.toJSON = function() {
                return ServerMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ServerMessage;
        })();

        v1.WorkflowExecutionStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "WORKFLOW_EXECUTION_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "WORKFLOW_EXECUTION_STATUS_RUNNING"] = 1;
            values[valuesById[2] = "WORKFLOW_EXECUTION_STATUS_COMPLETED"] = 2;
            values[valuesById[3] = "WORKFLOW_EXECUTION_STATUS_FAILED"] = 3;
            return values;
        })();

        v1.StartWorkflowRequest = (function() {

            const StartWorkflowRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StartWorkflowRequest.prototype.namespace = "";
            StartWorkflowRequest.prototype.workflowId = "";
            StartWorkflowRequest.prototype.workflowType = "";
            StartWorkflowRequest.prototype.taskQueue = "";
            StartWorkflowRequest.prototype.input = null;
            StartWorkflowRequest.prototype.requestId = "";
            StartWorkflowRequest.prototype.identity = "";
            StartWorkflowRequest.prototype.workflowTaskTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            StartWorkflowRequest.create = function(properties) {
                return new StartWorkflowRequest(properties);
            };

            StartWorkflowRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(10).string(message.namespace);
                if (message.workflowId != null && $Object.hasOwnProperty.call(message, "workflowId") && message.workflowId !== "")
                    writer.uint32(18).string(message.workflowId);
                if (message.workflowType != null && $Object.hasOwnProperty.call(message, "workflowType") && message.workflowType !== "")
                    writer.uint32(26).string(message.workflowType);
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue") && message.taskQueue !== "")
                    writer.uint32(34).string(message.taskQueue);
                if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                    $root.reprise.v1.Payloads.encode(message.input, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(50).string(message.requestId);
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity") && message.identity !== "")
                    writer.uint32(58).string(message.identity);
                if (message.workflowTaskTimeoutMs != null && $Object.hasOwnProperty.call(message, "workflowTaskTimeoutMs") && (typeof message.workflowTaskTimeoutMs === "object" ? message.workflowTaskTimeoutMs.low || message.workflowTaskTimeoutMs.high : message.workflowTaskTimeoutMs !== 0))
                    writer.uint32(64).int64(message.workflowTaskTimeoutMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StartWorkflowRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.StartWorkflowRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workflowId = value;
                            else
                                delete message.workflowId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workflowType = value;
                            else
                                delete message.workflowType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskQueue = value;
                            else
                                delete message.taskQueue;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.input = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, message.input);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.identity = value;
                            else
                                delete message.identity;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.workflowTaskTimeoutMs = value;
                            else
                                delete message.workflowTaskTimeoutMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StartWorkflowRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.StartWorkflowRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.StartWorkflowRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.StartWorkflowRequest();
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.workflowId != null)
                    if (typeof object.workflowId !== "string" || object.workflowId.length)
                        message.workflowId = $String(object.workflowId);
                if (object.workflowType != null)
                    if (typeof object.workflowType !== "string" || object.workflowType.length)
                        message.workflowType = $String(object.workflowType);
                if (object.taskQueue != null)
                    if (typeof object.taskQueue !== "string" || object.taskQueue.length)
                        message.taskQueue = $String(object.taskQueue);
                if (object.input != null) {
                    if (!$util.isObject(object.input))
                        throw $TypeError(".reprise.v1.StartWorkflowRequest.input: object expected");
                    message.input = $root.reprise.v1.Payloads.fromObject(object.input, _depth + 1);
                }
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.identity != null)
                    if (typeof object.identity !== "string" || object.identity.length)
                        message.identity = $String(object.identity);
                if (object.workflowTaskTimeoutMs != null)
                    if (typeof object.workflowTaskTimeoutMs === "object" ? object.workflowTaskTimeoutMs.low || object.workflowTaskTimeoutMs.high : $Number(object.workflowTaskTimeoutMs) !== 0)
                        if ($util.Long)
                            message.workflowTaskTimeoutMs = $util.Long.fromValue(object.workflowTaskTimeoutMs, false);
                        else if (typeof object.workflowTaskTimeoutMs === "string")
                            message.workflowTaskTimeoutMs = $parseInt(object.workflowTaskTimeoutMs, 10);
                        else if (typeof object.workflowTaskTimeoutMs === "number")
                            message.workflowTaskTimeoutMs = object.workflowTaskTimeoutMs;
                        else if (typeof object.workflowTaskTimeoutMs === "object")
                            message.workflowTaskTimeoutMs = new $util.LongBits(object.workflowTaskTimeoutMs.low >>> 0, object.workflowTaskTimeoutMs.high >>> 0).toNumber();
                return message;
            };

            StartWorkflowRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.namespace = "";
                    object.workflowId = "";
                    object.workflowType = "";
                    object.taskQueue = "";
                    object.input = null;
                    object.requestId = "";
                    object.identity = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.workflowTaskTimeoutMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.workflowTaskTimeoutMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.workflowId != null && $Object.hasOwnProperty.call(message, "workflowId"))
                    object.workflowId = message.workflowId;
                if (message.workflowType != null && $Object.hasOwnProperty.call(message, "workflowType"))
                    object.workflowType = message.workflowType;
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue"))
                    object.taskQueue = message.taskQueue;
                if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                    object.input = $root.reprise.v1.Payloads.toObject(message.input, options, _depth + 1);
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.identity != null && $Object.hasOwnProperty.call(message, "identity"))
                    object.identity = message.identity;
                if (message.workflowTaskTimeoutMs != null && $Object.hasOwnProperty.call(message, "workflowTaskTimeoutMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.workflowTaskTimeoutMs = typeof message.workflowTaskTimeoutMs === "number" ? $BigInt(message.workflowTaskTimeoutMs) : $util.Long.fromBits(message.workflowTaskTimeoutMs.low >>> 0, message.workflowTaskTimeoutMs.high >>> 0, false).toBigInt();
                    else if (typeof message.workflowTaskTimeoutMs === "number")
                        object.workflowTaskTimeoutMs = options.longs === $String ? $String(message.workflowTaskTimeoutMs) : message.workflowTaskTimeoutMs;
                    else
                        object.workflowTaskTimeoutMs = options.longs === $String ? $util.Long.prototype.toString.call(message.workflowTaskTimeoutMs) : options.longs === $Number ? new $util.LongBits(message.workflowTaskTimeoutMs.low >>> 0, message.workflowTaskTimeoutMs.high >>> 0).toNumber() : message.workflowTaskTimeoutMs;
                return object;
            };

            StartWorkflowRequest.prototype.toJSON = function() {
                return StartWorkflowRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return StartWorkflowRequest;
        })();

        v1.StartWorkflowResponse = (function() {

            const StartWorkflowResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StartWorkflowResponse.prototype.runId = "";
            StartWorkflowResponse.prototype.started = false;

            StartWorkflowResponse.create = function(properties) {
                return new StartWorkflowResponse(properties);
            };

            StartWorkflowResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(10).string(message.runId);
                if (message.started != null && $Object.hasOwnProperty.call(message, "started") && message.started !== false)
                    writer.uint32(16).bool(message.started);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StartWorkflowResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.StartWorkflowResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.started = value;
                            else
                                delete message.started;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StartWorkflowResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.StartWorkflowResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.StartWorkflowResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.StartWorkflowResponse();
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                if (object.started != null)
                    if (object.started)
                        message.started = $Boolean(object.started);
                return message;
            };

            StartWorkflowResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.runId = "";
                    object.started = false;
                }
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                if (message.started != null && $Object.hasOwnProperty.call(message, "started"))
                    object.started = message.started;
                return object;
            };

            StartWorkflowResponse.prototype.toJSON = function() {
                return StartWorkflowResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return StartWorkflowResponse;
        })();

        v1.DescribeWorkflowRequest = (function() {

            const DescribeWorkflowRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DescribeWorkflowRequest.prototype.namespace = "";
            DescribeWorkflowRequest.prototype.execution = null;

            DescribeWorkflowRequest.create = function(properties) {
                return new DescribeWorkflowRequest(properties);
            };

            DescribeWorkflowRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(10).string(message.namespace);
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    $root.reprise.v1.WorkflowExecution.encode(message.execution, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DescribeWorkflowRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.DescribeWorkflowRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.execution = $root.reprise.v1.WorkflowExecution.decode(reader, reader.size(), $undefined, _depth + 1, message.execution);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DescribeWorkflowRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.DescribeWorkflowRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.DescribeWorkflowRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.DescribeWorkflowRequest();
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.execution != null) {
                    if (!$util.isObject(object.execution))
                        throw $TypeError(".reprise.v1.DescribeWorkflowRequest.execution: object expected");
                    message.execution = $root.reprise.v1.WorkflowExecution.fromObject(object.execution, _depth + 1);
                }
                return message;
            };

            DescribeWorkflowRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.namespace = "";
                    object.execution = null;
                }
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    object.execution = $root.reprise.v1.WorkflowExecution.toObject(message.execution, options, _depth + 1);
                return object;
            };

            DescribeWorkflowRequest.prototype.toJSON = function() {
                return DescribeWorkflowRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DescribeWorkflowRequest;
        })();

        v1.WorkflowExecutionInfo = (function() {

            const WorkflowExecutionInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WorkflowExecutionInfo.prototype.execution = null;
            WorkflowExecutionInfo.prototype.workflowType = "";
            WorkflowExecutionInfo.prototype.taskQueue = "";
            WorkflowExecutionInfo.prototype.status = 0;
            WorkflowExecutionInfo.prototype.startTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkflowExecutionInfo.prototype.closeTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            WorkflowExecutionInfo.prototype.historyLength = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            WorkflowExecutionInfo.create = function(properties) {
                return new WorkflowExecutionInfo(properties);
            };

            WorkflowExecutionInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    $root.reprise.v1.WorkflowExecution.encode(message.execution, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.workflowType != null && $Object.hasOwnProperty.call(message, "workflowType") && message.workflowType !== "")
                    writer.uint32(18).string(message.workflowType);
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue") && message.taskQueue !== "")
                    writer.uint32(26).string(message.taskQueue);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(32).int32(message.status);
                if (message.startTimeMs != null && $Object.hasOwnProperty.call(message, "startTimeMs") && (typeof message.startTimeMs === "object" ? message.startTimeMs.low || message.startTimeMs.high : message.startTimeMs !== 0))
                    writer.uint32(40).int64(message.startTimeMs);
                if (message.closeTimeMs != null && $Object.hasOwnProperty.call(message, "closeTimeMs") && (typeof message.closeTimeMs === "object" ? message.closeTimeMs.low || message.closeTimeMs.high : message.closeTimeMs !== 0))
                    writer.uint32(48).int64(message.closeTimeMs);
                if (message.historyLength != null && $Object.hasOwnProperty.call(message, "historyLength") && (typeof message.historyLength === "object" ? message.historyLength.low || message.historyLength.high : message.historyLength !== 0))
                    writer.uint32(56).int64(message.historyLength);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WorkflowExecutionInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.WorkflowExecutionInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.execution = $root.reprise.v1.WorkflowExecution.decode(reader, reader.size(), $undefined, _depth + 1, message.execution);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workflowType = value;
                            else
                                delete message.workflowType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskQueue = value;
                            else
                                delete message.taskQueue;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startTimeMs = value;
                            else
                                delete message.startTimeMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.closeTimeMs = value;
                            else
                                delete message.closeTimeMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.historyLength = value;
                            else
                                delete message.historyLength;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WorkflowExecutionInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.WorkflowExecutionInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.WorkflowExecutionInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.WorkflowExecutionInfo();
                if (object.execution != null) {
                    if (!$util.isObject(object.execution))
                        throw $TypeError(".reprise.v1.WorkflowExecutionInfo.execution: object expected");
                    message.execution = $root.reprise.v1.WorkflowExecution.fromObject(object.execution, _depth + 1);
                }
                if (object.workflowType != null)
                    if (typeof object.workflowType !== "string" || object.workflowType.length)
                        message.workflowType = $String(object.workflowType);
                if (object.taskQueue != null)
                    if (typeof object.taskQueue !== "string" || object.taskQueue.length)
                        message.taskQueue = $String(object.taskQueue);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.reprise.v1.WorkflowExecutionStatus[object.status] !== 0))
                    switch (object.status) {
                    case "WORKFLOW_EXECUTION_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "WORKFLOW_EXECUTION_STATUS_RUNNING":
                    case 1:
                        message.status = 1;
                        break;
                    case "WORKFLOW_EXECUTION_STATUS_COMPLETED":
                    case 2:
                        message.status = 2;
                        break;
                    case "WORKFLOW_EXECUTION_STATUS_FAILED":
                    case 3:
                        message.status = 3;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.startTimeMs != null)
                    if (typeof object.startTimeMs === "object" ? object.startTimeMs.low || object.startTimeMs.high : $Number(object.startTimeMs) !== 0)
                        if ($util.Long)
                            message.startTimeMs = $util.Long.fromValue(object.startTimeMs, false);
                        else if (typeof object.startTimeMs === "string")
                            message.startTimeMs = $parseInt(object.startTimeMs, 10);
                        else if (typeof object.startTimeMs === "number")
                            message.startTimeMs = object.startTimeMs;
                        else if (typeof object.startTimeMs === "object")
                            message.startTimeMs = new $util.LongBits(object.startTimeMs.low >>> 0, object.startTimeMs.high >>> 0).toNumber();
                if (object.closeTimeMs != null)
                    if (typeof object.closeTimeMs === "object" ? object.closeTimeMs.low || object.closeTimeMs.high : $Number(object.closeTimeMs) !== 0)
                        if ($util.Long)
                            message.closeTimeMs = $util.Long.fromValue(object.closeTimeMs, false);
                        else if (typeof object.closeTimeMs === "string")
                            message.closeTimeMs = $parseInt(object.closeTimeMs, 10);
                        else if (typeof object.closeTimeMs === "number")
                            message.closeTimeMs = object.closeTimeMs;
                        else if (typeof object.closeTimeMs === "object")
                            message.closeTimeMs = new $util.LongBits(object.closeTimeMs.low >>> 0, object.closeTimeMs.high >>> 0).toNumber();
                if (object.historyLength != null)
                    if (typeof object.historyLength === "object" ? object.historyLength.low || object.historyLength.high : $Number(object.historyLength) !== 0)
                        if ($util.Long)
                            message.historyLength = $util.Long.fromValue(object.historyLength, false);
                        else if (typeof object.historyLength === "string")
                            message.historyLength = $parseInt(object.historyLength, 10);
                        else if (typeof object.historyLength === "number")
                            message.historyLength = object.historyLength;
                        else if (typeof object.historyLength === "object")
                            message.historyLength = new $util.LongBits(object.historyLength.low >>> 0, object.historyLength.high >>> 0).toNumber();
                return message;
            };

            WorkflowExecutionInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.execution = null;
                    object.workflowType = "";
                    object.taskQueue = "";
                    object.status = options.enums === $String ? "WORKFLOW_EXECUTION_STATUS_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.closeTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.closeTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.historyLength = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.historyLength = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    object.execution = $root.reprise.v1.WorkflowExecution.toObject(message.execution, options, _depth + 1);
                if (message.workflowType != null && $Object.hasOwnProperty.call(message, "workflowType"))
                    object.workflowType = message.workflowType;
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue"))
                    object.taskQueue = message.taskQueue;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.reprise.v1.WorkflowExecutionStatus[message.status] === $undefined ? message.status : $root.reprise.v1.WorkflowExecutionStatus[message.status] : message.status;
                if (message.startTimeMs != null && $Object.hasOwnProperty.call(message, "startTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startTimeMs = typeof message.startTimeMs === "number" ? $BigInt(message.startTimeMs) : $util.Long.fromBits(message.startTimeMs.low >>> 0, message.startTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startTimeMs === "number")
                        object.startTimeMs = options.longs === $String ? $String(message.startTimeMs) : message.startTimeMs;
                    else
                        object.startTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeMs) : options.longs === $Number ? new $util.LongBits(message.startTimeMs.low >>> 0, message.startTimeMs.high >>> 0).toNumber() : message.startTimeMs;
                if (message.closeTimeMs != null && $Object.hasOwnProperty.call(message, "closeTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.closeTimeMs = typeof message.closeTimeMs === "number" ? $BigInt(message.closeTimeMs) : $util.Long.fromBits(message.closeTimeMs.low >>> 0, message.closeTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.closeTimeMs === "number")
                        object.closeTimeMs = options.longs === $String ? $String(message.closeTimeMs) : message.closeTimeMs;
                    else
                        object.closeTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.closeTimeMs) : options.longs === $Number ? new $util.LongBits(message.closeTimeMs.low >>> 0, message.closeTimeMs.high >>> 0).toNumber() : message.closeTimeMs;
                if (message.historyLength != null && $Object.hasOwnProperty.call(message, "historyLength"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.historyLength = typeof message.historyLength === "number" ? $BigInt(message.historyLength) : $util.Long.fromBits(message.historyLength.low >>> 0, message.historyLength.high >>> 0, false).toBigInt();
                    else if (typeof message.historyLength === "number")
                        object.historyLength = options.longs === $String ? $String(message.historyLength) : message.historyLength;
                    else
                        object.historyLength = options.longs === $String ? $util.Long.prototype.toString.call(message.historyLength) : options.longs === $Number ? new $util.LongBits(message.historyLength.low >>> 0, message.historyLength.high >>> 0).toNumber() : message.historyLength;
                return object;
            };

            WorkflowExecutionInfo.prototype.toJSON = function() {
                return WorkflowExecutionInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorkflowExecutionInfo;
        })();

        v1.PendingActivityInfo = (function() {

            const PendingActivityInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PendingActivityInfo.prototype.activityId = "";
            PendingActivityInfo.prototype.activityType = "";
            PendingActivityInfo.prototype.state = "";
            PendingActivityInfo.prototype.attempt = 0;
            PendingActivityInfo.prototype.maximumAttempts = 0;
            PendingActivityInfo.prototype.lastFailure = null;
            PendingActivityInfo.prototype.scheduledTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            PendingActivityInfo.prototype.lastStartedTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            PendingActivityInfo.prototype.nextAttemptTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            PendingActivityInfo.prototype.lastWorkerIdentity = "";
            PendingActivityInfo.prototype.scheduledEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            PendingActivityInfo.prototype.heartbeatDetails = null;
            PendingActivityInfo.prototype.lastHeartbeatTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            PendingActivityInfo.prototype.cancelRequested = false;

            PendingActivityInfo.create = function(properties) {
                return new PendingActivityInfo(properties);
            };

            PendingActivityInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId") && message.activityId !== "")
                    writer.uint32(10).string(message.activityId);
                if (message.activityType != null && $Object.hasOwnProperty.call(message, "activityType") && message.activityType !== "")
                    writer.uint32(18).string(message.activityType);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(26).string(message.state);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(32).int32(message.attempt);
                if (message.maximumAttempts != null && $Object.hasOwnProperty.call(message, "maximumAttempts") && message.maximumAttempts !== 0)
                    writer.uint32(40).int32(message.maximumAttempts);
                if (message.lastFailure != null && $Object.hasOwnProperty.call(message, "lastFailure"))
                    $root.reprise.v1.Failure.encode(message.lastFailure, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.scheduledTimeMs != null && $Object.hasOwnProperty.call(message, "scheduledTimeMs") && (typeof message.scheduledTimeMs === "object" ? message.scheduledTimeMs.low || message.scheduledTimeMs.high : message.scheduledTimeMs !== 0))
                    writer.uint32(56).int64(message.scheduledTimeMs);
                if (message.lastStartedTimeMs != null && $Object.hasOwnProperty.call(message, "lastStartedTimeMs") && (typeof message.lastStartedTimeMs === "object" ? message.lastStartedTimeMs.low || message.lastStartedTimeMs.high : message.lastStartedTimeMs !== 0))
                    writer.uint32(64).int64(message.lastStartedTimeMs);
                if (message.nextAttemptTimeMs != null && $Object.hasOwnProperty.call(message, "nextAttemptTimeMs") && (typeof message.nextAttemptTimeMs === "object" ? message.nextAttemptTimeMs.low || message.nextAttemptTimeMs.high : message.nextAttemptTimeMs !== 0))
                    writer.uint32(72).int64(message.nextAttemptTimeMs);
                if (message.lastWorkerIdentity != null && $Object.hasOwnProperty.call(message, "lastWorkerIdentity") && message.lastWorkerIdentity !== "")
                    writer.uint32(82).string(message.lastWorkerIdentity);
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId") && (typeof message.scheduledEventId === "object" ? message.scheduledEventId.low || message.scheduledEventId.high : message.scheduledEventId !== 0))
                    writer.uint32(88).int64(message.scheduledEventId);
                if (message.heartbeatDetails != null && $Object.hasOwnProperty.call(message, "heartbeatDetails"))
                    $root.reprise.v1.Payloads.encode(message.heartbeatDetails, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.lastHeartbeatTimeMs != null && $Object.hasOwnProperty.call(message, "lastHeartbeatTimeMs") && (typeof message.lastHeartbeatTimeMs === "object" ? message.lastHeartbeatTimeMs.low || message.lastHeartbeatTimeMs.high : message.lastHeartbeatTimeMs !== 0))
                    writer.uint32(104).int64(message.lastHeartbeatTimeMs);
                if (message.cancelRequested != null && $Object.hasOwnProperty.call(message, "cancelRequested") && message.cancelRequested !== false)
                    writer.uint32(112).bool(message.cancelRequested);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PendingActivityInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.PendingActivityInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activityId = value;
                            else
                                delete message.activityId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.activityType = value;
                            else
                                delete message.activityType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.maximumAttempts = value;
                            else
                                delete message.maximumAttempts;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.lastFailure = $root.reprise.v1.Failure.decode(reader, reader.size(), $undefined, _depth + 1, message.lastFailure);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduledTimeMs = value;
                            else
                                delete message.scheduledTimeMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastStartedTimeMs = value;
                            else
                                delete message.lastStartedTimeMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.nextAttemptTimeMs = value;
                            else
                                delete message.nextAttemptTimeMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lastWorkerIdentity = value;
                            else
                                delete message.lastWorkerIdentity;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduledEventId = value;
                            else
                                delete message.scheduledEventId;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.heartbeatDetails = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeatDetails);
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastHeartbeatTimeMs = value;
                            else
                                delete message.lastHeartbeatTimeMs;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.cancelRequested = value;
                            else
                                delete message.cancelRequested;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PendingActivityInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.PendingActivityInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.PendingActivityInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.PendingActivityInfo();
                if (object.activityId != null)
                    if (typeof object.activityId !== "string" || object.activityId.length)
                        message.activityId = $String(object.activityId);
                if (object.activityType != null)
                    if (typeof object.activityType !== "string" || object.activityType.length)
                        message.activityType = $String(object.activityType);
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt | 0;
                if (object.maximumAttempts != null)
                    if ($Number(object.maximumAttempts) !== 0)
                        message.maximumAttempts = object.maximumAttempts | 0;
                if (object.lastFailure != null) {
                    if (!$util.isObject(object.lastFailure))
                        throw $TypeError(".reprise.v1.PendingActivityInfo.lastFailure: object expected");
                    message.lastFailure = $root.reprise.v1.Failure.fromObject(object.lastFailure, _depth + 1);
                }
                if (object.scheduledTimeMs != null)
                    if (typeof object.scheduledTimeMs === "object" ? object.scheduledTimeMs.low || object.scheduledTimeMs.high : $Number(object.scheduledTimeMs) !== 0)
                        if ($util.Long)
                            message.scheduledTimeMs = $util.Long.fromValue(object.scheduledTimeMs, false);
                        else if (typeof object.scheduledTimeMs === "string")
                            message.scheduledTimeMs = $parseInt(object.scheduledTimeMs, 10);
                        else if (typeof object.scheduledTimeMs === "number")
                            message.scheduledTimeMs = object.scheduledTimeMs;
                        else if (typeof object.scheduledTimeMs === "object")
                            message.scheduledTimeMs = new $util.LongBits(object.scheduledTimeMs.low >>> 0, object.scheduledTimeMs.high >>> 0).toNumber();
                if (object.lastStartedTimeMs != null)
                    if (typeof object.lastStartedTimeMs === "object" ? object.lastStartedTimeMs.low || object.lastStartedTimeMs.high : $Number(object.lastStartedTimeMs) !== 0)
                        if ($util.Long)
                            message.lastStartedTimeMs = $util.Long.fromValue(object.lastStartedTimeMs, false);
                        else if (typeof object.lastStartedTimeMs === "string")
                            message.lastStartedTimeMs = $parseInt(object.lastStartedTimeMs, 10);
                        else if (typeof object.lastStartedTimeMs === "number")
                            message.lastStartedTimeMs = object.lastStartedTimeMs;
                        else if (typeof object.lastStartedTimeMs === "object")
                            message.lastStartedTimeMs = new $util.LongBits(object.lastStartedTimeMs.low >>> 0, object.lastStartedTimeMs.high >>> 0).toNumber();
                if (object.nextAttemptTimeMs != null)
                    if (typeof object.nextAttemptTimeMs === "object" ? object.nextAttemptTimeMs.low || object.nextAttemptTimeMs.high : $Number(object.nextAttemptTimeMs) !== 0)
                        if ($util.Long)
                            message.nextAttemptTimeMs = $util.Long.fromValue(object.nextAttemptTimeMs, false);
                        else if (typeof object.nextAttemptTimeMs === "string")
                            message.nextAttemptTimeMs = $parseInt(object.nextAttemptTimeMs, 10);
                        else if (typeof object.nextAttemptTimeMs === "number")
                            message.nextAttemptTimeMs = object.nextAttemptTimeMs;
                        else if (typeof object.nextAttemptTimeMs === "object")
                            message.nextAttemptTimeMs = new $util.LongBits(object.nextAttemptTimeMs.low >>> 0, object.nextAttemptTimeMs.high >>> 0).toNumber();
                if (object.lastWorkerIdentity != null)
                    if (typeof object.lastWorkerIdentity !== "string" || object.lastWorkerIdentity.length)
                        message.lastWorkerIdentity = $String(object.lastWorkerIdentity);
                if (object.scheduledEventId != null)
                    if (typeof object.scheduledEventId === "object" ? object.scheduledEventId.low || object.scheduledEventId.high : $Number(object.scheduledEventId) !== 0)
                        if ($util.Long)
                            message.scheduledEventId = $util.Long.fromValue(object.scheduledEventId, false);
                        else if (typeof object.scheduledEventId === "string")
                            message.scheduledEventId = $parseInt(object.scheduledEventId, 10);
                        else if (typeof object.scheduledEventId === "number")
                            message.scheduledEventId = object.scheduledEventId;
                        else if (typeof object.scheduledEventId === "object")
                            message.scheduledEventId = new $util.LongBits(object.scheduledEventId.low >>> 0, object.scheduledEventId.high >>> 0).toNumber();
                if (object.heartbeatDetails != null) {
                    if (!$util.isObject(object.heartbeatDetails))
                        throw $TypeError(".reprise.v1.PendingActivityInfo.heartbeatDetails: object expected");
                    message.heartbeatDetails = $root.reprise.v1.Payloads.fromObject(object.heartbeatDetails, _depth + 1);
                }
                if (object.lastHeartbeatTimeMs != null)
                    if (typeof object.lastHeartbeatTimeMs === "object" ? object.lastHeartbeatTimeMs.low || object.lastHeartbeatTimeMs.high : $Number(object.lastHeartbeatTimeMs) !== 0)
                        if ($util.Long)
                            message.lastHeartbeatTimeMs = $util.Long.fromValue(object.lastHeartbeatTimeMs, false);
                        else if (typeof object.lastHeartbeatTimeMs === "string")
                            message.lastHeartbeatTimeMs = $parseInt(object.lastHeartbeatTimeMs, 10);
                        else if (typeof object.lastHeartbeatTimeMs === "number")
                            message.lastHeartbeatTimeMs = object.lastHeartbeatTimeMs;
                        else if (typeof object.lastHeartbeatTimeMs === "object")
                            message.lastHeartbeatTimeMs = new $util.LongBits(object.lastHeartbeatTimeMs.low >>> 0, object.lastHeartbeatTimeMs.high >>> 0).toNumber();
                if (object.cancelRequested != null)
                    if (object.cancelRequested)
                        message.cancelRequested = $Boolean(object.cancelRequested);
                return message;
            };

            PendingActivityInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.activityId = "";
                    object.activityType = "";
                    object.state = "";
                    object.attempt = 0;
                    object.maximumAttempts = 0;
                    object.lastFailure = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduledTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduledTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastStartedTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastStartedTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.nextAttemptTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.nextAttemptTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.lastWorkerIdentity = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduledEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduledEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.heartbeatDetails = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastHeartbeatTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastHeartbeatTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.cancelRequested = false;
                }
                if (message.activityId != null && $Object.hasOwnProperty.call(message, "activityId"))
                    object.activityId = message.activityId;
                if (message.activityType != null && $Object.hasOwnProperty.call(message, "activityType"))
                    object.activityType = message.activityType;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.maximumAttempts != null && $Object.hasOwnProperty.call(message, "maximumAttempts"))
                    object.maximumAttempts = message.maximumAttempts;
                if (message.lastFailure != null && $Object.hasOwnProperty.call(message, "lastFailure"))
                    object.lastFailure = $root.reprise.v1.Failure.toObject(message.lastFailure, options, _depth + 1);
                if (message.scheduledTimeMs != null && $Object.hasOwnProperty.call(message, "scheduledTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduledTimeMs = typeof message.scheduledTimeMs === "number" ? $BigInt(message.scheduledTimeMs) : $util.Long.fromBits(message.scheduledTimeMs.low >>> 0, message.scheduledTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduledTimeMs === "number")
                        object.scheduledTimeMs = options.longs === $String ? $String(message.scheduledTimeMs) : message.scheduledTimeMs;
                    else
                        object.scheduledTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledTimeMs) : options.longs === $Number ? new $util.LongBits(message.scheduledTimeMs.low >>> 0, message.scheduledTimeMs.high >>> 0).toNumber() : message.scheduledTimeMs;
                if (message.lastStartedTimeMs != null && $Object.hasOwnProperty.call(message, "lastStartedTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastStartedTimeMs = typeof message.lastStartedTimeMs === "number" ? $BigInt(message.lastStartedTimeMs) : $util.Long.fromBits(message.lastStartedTimeMs.low >>> 0, message.lastStartedTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastStartedTimeMs === "number")
                        object.lastStartedTimeMs = options.longs === $String ? $String(message.lastStartedTimeMs) : message.lastStartedTimeMs;
                    else
                        object.lastStartedTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastStartedTimeMs) : options.longs === $Number ? new $util.LongBits(message.lastStartedTimeMs.low >>> 0, message.lastStartedTimeMs.high >>> 0).toNumber() : message.lastStartedTimeMs;
                if (message.nextAttemptTimeMs != null && $Object.hasOwnProperty.call(message, "nextAttemptTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.nextAttemptTimeMs = typeof message.nextAttemptTimeMs === "number" ? $BigInt(message.nextAttemptTimeMs) : $util.Long.fromBits(message.nextAttemptTimeMs.low >>> 0, message.nextAttemptTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.nextAttemptTimeMs === "number")
                        object.nextAttemptTimeMs = options.longs === $String ? $String(message.nextAttemptTimeMs) : message.nextAttemptTimeMs;
                    else
                        object.nextAttemptTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.nextAttemptTimeMs) : options.longs === $Number ? new $util.LongBits(message.nextAttemptTimeMs.low >>> 0, message.nextAttemptTimeMs.high >>> 0).toNumber() : message.nextAttemptTimeMs;
                if (message.lastWorkerIdentity != null && $Object.hasOwnProperty.call(message, "lastWorkerIdentity"))
                    object.lastWorkerIdentity = message.lastWorkerIdentity;
                if (message.scheduledEventId != null && $Object.hasOwnProperty.call(message, "scheduledEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduledEventId = typeof message.scheduledEventId === "number" ? $BigInt(message.scheduledEventId) : $util.Long.fromBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduledEventId === "number")
                        object.scheduledEventId = options.longs === $String ? $String(message.scheduledEventId) : message.scheduledEventId;
                    else
                        object.scheduledEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledEventId) : options.longs === $Number ? new $util.LongBits(message.scheduledEventId.low >>> 0, message.scheduledEventId.high >>> 0).toNumber() : message.scheduledEventId;
                if (message.heartbeatDetails != null && $Object.hasOwnProperty.call(message, "heartbeatDetails"))
                    object.heartbeatDetails = $root.reprise.v1.Payloads.toObject(message.heartbeatDetails, options, _depth + 1);
                if (message.lastHeartbeatTimeMs != null && $Object.hasOwnProperty.call(message, "lastHeartbeatTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastHeartbeatTimeMs = typeof message.lastHeartbeatTimeMs === "number" ? $BigInt(message.lastHeartbeatTimeMs) : $util.Long.fromBits(message.lastHeartbeatTimeMs.low >>> 0, message.lastHeartbeatTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastHeartbeatTimeMs === "number")
                        object.lastHeartbeatTimeMs = options.longs === $String ? $String(message.lastHeartbeatTimeMs) : message.lastHeartbeatTimeMs;
                    else
                        object.lastHeartbeatTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastHeartbeatTimeMs) : options.longs === $Number ? new $util.LongBits(message.lastHeartbeatTimeMs.low >>> 0, message.lastHeartbeatTimeMs.high >>> 0).toNumber() : message.lastHeartbeatTimeMs;
                if (message.cancelRequested != null && $Object.hasOwnProperty.call(message, "cancelRequested"))
                    object.cancelRequested = message.cancelRequested;
                return object;
            };

            PendingActivityInfo.prototype.toJSON = function() {
                return PendingActivityInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PendingActivityInfo;
        })();

        v1.PendingWorkflowTaskInfo = (function() {

            const PendingWorkflowTaskInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PendingWorkflowTaskInfo.prototype.state = "";
            PendingWorkflowTaskInfo.prototype.attempt = 0;
            PendingWorkflowTaskInfo.prototype.scheduledTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            PendingWorkflowTaskInfo.prototype.startedTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            PendingWorkflowTaskInfo.prototype.lastFailure = null;

            PendingWorkflowTaskInfo.create = function(properties) {
                return new PendingWorkflowTaskInfo(properties);
            };

            PendingWorkflowTaskInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(10).string(message.state);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(16).int32(message.attempt);
                if (message.scheduledTimeMs != null && $Object.hasOwnProperty.call(message, "scheduledTimeMs") && (typeof message.scheduledTimeMs === "object" ? message.scheduledTimeMs.low || message.scheduledTimeMs.high : message.scheduledTimeMs !== 0))
                    writer.uint32(24).int64(message.scheduledTimeMs);
                if (message.startedTimeMs != null && $Object.hasOwnProperty.call(message, "startedTimeMs") && (typeof message.startedTimeMs === "object" ? message.startedTimeMs.low || message.startedTimeMs.high : message.startedTimeMs !== 0))
                    writer.uint32(32).int64(message.startedTimeMs);
                if (message.lastFailure != null && $Object.hasOwnProperty.call(message, "lastFailure"))
                    $root.reprise.v1.Failure.encode(message.lastFailure, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PendingWorkflowTaskInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.PendingWorkflowTaskInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.scheduledTimeMs = value;
                            else
                                delete message.scheduledTimeMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedTimeMs = value;
                            else
                                delete message.startedTimeMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.lastFailure = $root.reprise.v1.Failure.decode(reader, reader.size(), $undefined, _depth + 1, message.lastFailure);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PendingWorkflowTaskInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.PendingWorkflowTaskInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.PendingWorkflowTaskInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.PendingWorkflowTaskInfo();
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt | 0;
                if (object.scheduledTimeMs != null)
                    if (typeof object.scheduledTimeMs === "object" ? object.scheduledTimeMs.low || object.scheduledTimeMs.high : $Number(object.scheduledTimeMs) !== 0)
                        if ($util.Long)
                            message.scheduledTimeMs = $util.Long.fromValue(object.scheduledTimeMs, false);
                        else if (typeof object.scheduledTimeMs === "string")
                            message.scheduledTimeMs = $parseInt(object.scheduledTimeMs, 10);
                        else if (typeof object.scheduledTimeMs === "number")
                            message.scheduledTimeMs = object.scheduledTimeMs;
                        else if (typeof object.scheduledTimeMs === "object")
                            message.scheduledTimeMs = new $util.LongBits(object.scheduledTimeMs.low >>> 0, object.scheduledTimeMs.high >>> 0).toNumber();
                if (object.startedTimeMs != null)
                    if (typeof object.startedTimeMs === "object" ? object.startedTimeMs.low || object.startedTimeMs.high : $Number(object.startedTimeMs) !== 0)
                        if ($util.Long)
                            message.startedTimeMs = $util.Long.fromValue(object.startedTimeMs, false);
                        else if (typeof object.startedTimeMs === "string")
                            message.startedTimeMs = $parseInt(object.startedTimeMs, 10);
                        else if (typeof object.startedTimeMs === "number")
                            message.startedTimeMs = object.startedTimeMs;
                        else if (typeof object.startedTimeMs === "object")
                            message.startedTimeMs = new $util.LongBits(object.startedTimeMs.low >>> 0, object.startedTimeMs.high >>> 0).toNumber();
                if (object.lastFailure != null) {
                    if (!$util.isObject(object.lastFailure))
                        throw $TypeError(".reprise.v1.PendingWorkflowTaskInfo.lastFailure: object expected");
                    message.lastFailure = $root.reprise.v1.Failure.fromObject(object.lastFailure, _depth + 1);
                }
                return message;
            };

            PendingWorkflowTaskInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.state = "";
                    object.attempt = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.scheduledTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scheduledTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.lastFailure = null;
                }
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.scheduledTimeMs != null && $Object.hasOwnProperty.call(message, "scheduledTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scheduledTimeMs = typeof message.scheduledTimeMs === "number" ? $BigInt(message.scheduledTimeMs) : $util.Long.fromBits(message.scheduledTimeMs.low >>> 0, message.scheduledTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.scheduledTimeMs === "number")
                        object.scheduledTimeMs = options.longs === $String ? $String(message.scheduledTimeMs) : message.scheduledTimeMs;
                    else
                        object.scheduledTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.scheduledTimeMs) : options.longs === $Number ? new $util.LongBits(message.scheduledTimeMs.low >>> 0, message.scheduledTimeMs.high >>> 0).toNumber() : message.scheduledTimeMs;
                if (message.startedTimeMs != null && $Object.hasOwnProperty.call(message, "startedTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedTimeMs = typeof message.startedTimeMs === "number" ? $BigInt(message.startedTimeMs) : $util.Long.fromBits(message.startedTimeMs.low >>> 0, message.startedTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startedTimeMs === "number")
                        object.startedTimeMs = options.longs === $String ? $String(message.startedTimeMs) : message.startedTimeMs;
                    else
                        object.startedTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedTimeMs) : options.longs === $Number ? new $util.LongBits(message.startedTimeMs.low >>> 0, message.startedTimeMs.high >>> 0).toNumber() : message.startedTimeMs;
                if (message.lastFailure != null && $Object.hasOwnProperty.call(message, "lastFailure"))
                    object.lastFailure = $root.reprise.v1.Failure.toObject(message.lastFailure, options, _depth + 1);
                return object;
            };

            PendingWorkflowTaskInfo.prototype.toJSON = function() {
                return PendingWorkflowTaskInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PendingWorkflowTaskInfo;
        })();

        v1.PendingTimerInfo = (function() {

            const PendingTimerInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PendingTimerInfo.prototype.timerId = "";
            PendingTimerInfo.prototype.fireTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            PendingTimerInfo.prototype.startedEventId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            PendingTimerInfo.create = function(properties) {
                return new PendingTimerInfo(properties);
            };

            PendingTimerInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timerId != null && $Object.hasOwnProperty.call(message, "timerId") && message.timerId !== "")
                    writer.uint32(10).string(message.timerId);
                if (message.fireTimeMs != null && $Object.hasOwnProperty.call(message, "fireTimeMs") && (typeof message.fireTimeMs === "object" ? message.fireTimeMs.low || message.fireTimeMs.high : message.fireTimeMs !== 0))
                    writer.uint32(16).int64(message.fireTimeMs);
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId") && (typeof message.startedEventId === "object" ? message.startedEventId.low || message.startedEventId.high : message.startedEventId !== 0))
                    writer.uint32(24).int64(message.startedEventId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PendingTimerInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.PendingTimerInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.timerId = value;
                            else
                                delete message.timerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.fireTimeMs = value;
                            else
                                delete message.fireTimeMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedEventId = value;
                            else
                                delete message.startedEventId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PendingTimerInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.PendingTimerInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.PendingTimerInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.PendingTimerInfo();
                if (object.timerId != null)
                    if (typeof object.timerId !== "string" || object.timerId.length)
                        message.timerId = $String(object.timerId);
                if (object.fireTimeMs != null)
                    if (typeof object.fireTimeMs === "object" ? object.fireTimeMs.low || object.fireTimeMs.high : $Number(object.fireTimeMs) !== 0)
                        if ($util.Long)
                            message.fireTimeMs = $util.Long.fromValue(object.fireTimeMs, false);
                        else if (typeof object.fireTimeMs === "string")
                            message.fireTimeMs = $parseInt(object.fireTimeMs, 10);
                        else if (typeof object.fireTimeMs === "number")
                            message.fireTimeMs = object.fireTimeMs;
                        else if (typeof object.fireTimeMs === "object")
                            message.fireTimeMs = new $util.LongBits(object.fireTimeMs.low >>> 0, object.fireTimeMs.high >>> 0).toNumber();
                if (object.startedEventId != null)
                    if (typeof object.startedEventId === "object" ? object.startedEventId.low || object.startedEventId.high : $Number(object.startedEventId) !== 0)
                        if ($util.Long)
                            message.startedEventId = $util.Long.fromValue(object.startedEventId, false);
                        else if (typeof object.startedEventId === "string")
                            message.startedEventId = $parseInt(object.startedEventId, 10);
                        else if (typeof object.startedEventId === "number")
                            message.startedEventId = object.startedEventId;
                        else if (typeof object.startedEventId === "object")
                            message.startedEventId = new $util.LongBits(object.startedEventId.low >>> 0, object.startedEventId.high >>> 0).toNumber();
                return message;
            };

            PendingTimerInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.timerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.fireTimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fireTimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedEventId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedEventId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.timerId != null && $Object.hasOwnProperty.call(message, "timerId"))
                    object.timerId = message.timerId;
                if (message.fireTimeMs != null && $Object.hasOwnProperty.call(message, "fireTimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fireTimeMs = typeof message.fireTimeMs === "number" ? $BigInt(message.fireTimeMs) : $util.Long.fromBits(message.fireTimeMs.low >>> 0, message.fireTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.fireTimeMs === "number")
                        object.fireTimeMs = options.longs === $String ? $String(message.fireTimeMs) : message.fireTimeMs;
                    else
                        object.fireTimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.fireTimeMs) : options.longs === $Number ? new $util.LongBits(message.fireTimeMs.low >>> 0, message.fireTimeMs.high >>> 0).toNumber() : message.fireTimeMs;
                if (message.startedEventId != null && $Object.hasOwnProperty.call(message, "startedEventId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedEventId = typeof message.startedEventId === "number" ? $BigInt(message.startedEventId) : $util.Long.fromBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0, false).toBigInt();
                    else if (typeof message.startedEventId === "number")
                        object.startedEventId = options.longs === $String ? $String(message.startedEventId) : message.startedEventId;
                    else
                        object.startedEventId = options.longs === $String ? $util.Long.prototype.toString.call(message.startedEventId) : options.longs === $Number ? new $util.LongBits(message.startedEventId.low >>> 0, message.startedEventId.high >>> 0).toNumber() : message.startedEventId;
                return object;
            };

            PendingTimerInfo.prototype.toJSON = function() {
                return PendingTimerInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PendingTimerInfo;
        })();

        v1.DescribeWorkflowResponse = (function() {

            const DescribeWorkflowResponse = function (properties) {
                this.pendingActivities = [];
                this.pendingTimers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DescribeWorkflowResponse.prototype.info = null;
            DescribeWorkflowResponse.prototype.pendingActivities = $util.emptyArray;
            DescribeWorkflowResponse.prototype.pendingWorkflowTask = null;
            DescribeWorkflowResponse.prototype.pendingTimers = $util.emptyArray;

            DescribeWorkflowResponse.create = function(properties) {
                return new DescribeWorkflowResponse(properties);
            };

            DescribeWorkflowResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    $root.reprise.v1.WorkflowExecutionInfo.encode(message.info, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.pendingActivities != null && message.pendingActivities.length)
                    for (let i = 0; i < message.pendingActivities.length; ++i)
                        $root.reprise.v1.PendingActivityInfo.encode(message.pendingActivities[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.pendingWorkflowTask != null && $Object.hasOwnProperty.call(message, "pendingWorkflowTask"))
                    $root.reprise.v1.PendingWorkflowTaskInfo.encode(message.pendingWorkflowTask, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.pendingTimers != null && message.pendingTimers.length)
                    for (let i = 0; i < message.pendingTimers.length; ++i)
                        $root.reprise.v1.PendingTimerInfo.encode(message.pendingTimers[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DescribeWorkflowResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.DescribeWorkflowResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.info = $root.reprise.v1.WorkflowExecutionInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.pendingActivities && message.pendingActivities.length))
                                message.pendingActivities = [];
                            message.pendingActivities.push($root.reprise.v1.PendingActivityInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.pendingWorkflowTask = $root.reprise.v1.PendingWorkflowTaskInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.pendingWorkflowTask);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.pendingTimers && message.pendingTimers.length))
                                message.pendingTimers = [];
                            message.pendingTimers.push($root.reprise.v1.PendingTimerInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DescribeWorkflowResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.DescribeWorkflowResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.DescribeWorkflowResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.DescribeWorkflowResponse();
                if (object.info != null) {
                    if (!$util.isObject(object.info))
                        throw $TypeError(".reprise.v1.DescribeWorkflowResponse.info: object expected");
                    message.info = $root.reprise.v1.WorkflowExecutionInfo.fromObject(object.info, _depth + 1);
                }
                if (object.pendingActivities) {
                    if (!$Array.isArray(object.pendingActivities))
                        throw $TypeError(".reprise.v1.DescribeWorkflowResponse.pendingActivities: array expected");
                    message.pendingActivities = $Array(object.pendingActivities.length);
                    for (let i = 0; i < object.pendingActivities.length; ++i) {
                        if (!$util.isObject(object.pendingActivities[i]))
                            throw $TypeError(".reprise.v1.DescribeWorkflowResponse.pendingActivities: object expected");
                        message.pendingActivities[i] = $root.reprise.v1.PendingActivityInfo.fromObject(object.pendingActivities[i], _depth + 1);
                    }
                }
                if (object.pendingWorkflowTask != null) {
                    if (!$util.isObject(object.pendingWorkflowTask))
                        throw $TypeError(".reprise.v1.DescribeWorkflowResponse.pendingWorkflowTask: object expected");
                    message.pendingWorkflowTask = $root.reprise.v1.PendingWorkflowTaskInfo.fromObject(object.pendingWorkflowTask, _depth + 1);
                }
                if (object.pendingTimers) {
                    if (!$Array.isArray(object.pendingTimers))
                        throw $TypeError(".reprise.v1.DescribeWorkflowResponse.pendingTimers: array expected");
                    message.pendingTimers = $Array(object.pendingTimers.length);
                    for (let i = 0; i < object.pendingTimers.length; ++i) {
                        if (!$util.isObject(object.pendingTimers[i]))
                            throw $TypeError(".reprise.v1.DescribeWorkflowResponse.pendingTimers: object expected");
                        message.pendingTimers[i] = $root.reprise.v1.PendingTimerInfo.fromObject(object.pendingTimers[i], _depth + 1);
                    }
                }
                return message;
            };

            DescribeWorkflowResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.pendingActivities = [];
                    object.pendingTimers = [];
                }
                if (options.defaults) {
                    object.info = null;
                    object.pendingWorkflowTask = null;
                }
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    object.info = $root.reprise.v1.WorkflowExecutionInfo.toObject(message.info, options, _depth + 1);
                if (message.pendingActivities && message.pendingActivities.length) {
                    object.pendingActivities = $Array(message.pendingActivities.length);
                    for (let j = 0; j < message.pendingActivities.length; ++j)
                        object.pendingActivities[j] = $root.reprise.v1.PendingActivityInfo.toObject(message.pendingActivities[j], options, _depth + 1);
                }
                if (message.pendingWorkflowTask != null && $Object.hasOwnProperty.call(message, "pendingWorkflowTask"))
                    object.pendingWorkflowTask = $root.reprise.v1.PendingWorkflowTaskInfo.toObject(message.pendingWorkflowTask, options, _depth + 1);
                if (message.pendingTimers && message.pendingTimers.length) {
                    object.pendingTimers = $Array(message.pendingTimers.length);
                    for (let j = 0; j < message.pendingTimers.length; ++j)
                        object.pendingTimers[j] = $root.reprise.v1.PendingTimerInfo.toObject(message.pendingTimers[j], options, _depth + 1);
                }
                return object;
            };

            DescribeWorkflowResponse.prototype.toJSON = function() {
                return DescribeWorkflowResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DescribeWorkflowResponse;
        })();

        v1.GetWorkflowHistoryRequest = (function() {

            const GetWorkflowHistoryRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetWorkflowHistoryRequest.prototype.namespace = "";
            GetWorkflowHistoryRequest.prototype.execution = null;
            GetWorkflowHistoryRequest.prototype.maximumPageSize = 0;
            GetWorkflowHistoryRequest.prototype.nextPageToken = $util.newBuffer([]);

            GetWorkflowHistoryRequest.create = function(properties) {
                return new GetWorkflowHistoryRequest(properties);
            };

            GetWorkflowHistoryRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(10).string(message.namespace);
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    $root.reprise.v1.WorkflowExecution.encode(message.execution, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.maximumPageSize != null && $Object.hasOwnProperty.call(message, "maximumPageSize") && message.maximumPageSize !== 0)
                    writer.uint32(24).int32(message.maximumPageSize);
                if (message.nextPageToken != null && $Object.hasOwnProperty.call(message, "nextPageToken") && message.nextPageToken.length)
                    writer.uint32(34).bytes(message.nextPageToken);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetWorkflowHistoryRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.GetWorkflowHistoryRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.execution = $root.reprise.v1.WorkflowExecution.decode(reader, reader.size(), $undefined, _depth + 1, message.execution);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.maximumPageSize = value;
                            else
                                delete message.maximumPageSize;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nextPageToken = value;
                            else
                                delete message.nextPageToken;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GetWorkflowHistoryRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.GetWorkflowHistoryRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.GetWorkflowHistoryRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.GetWorkflowHistoryRequest();
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.execution != null) {
                    if (!$util.isObject(object.execution))
                        throw $TypeError(".reprise.v1.GetWorkflowHistoryRequest.execution: object expected");
                    message.execution = $root.reprise.v1.WorkflowExecution.fromObject(object.execution, _depth + 1);
                }
                if (object.maximumPageSize != null)
                    if ($Number(object.maximumPageSize) !== 0)
                        message.maximumPageSize = object.maximumPageSize | 0;
                if (object.nextPageToken != null)
                    if (object.nextPageToken.length)
                        if (typeof object.nextPageToken === "string")
                            $util.base64.decode(object.nextPageToken, message.nextPageToken = $util.newBuffer($util.base64.length(object.nextPageToken)), 0);
                        else if (object.nextPageToken.length >= 0)
                            message.nextPageToken = object.nextPageToken;
                return message;
            };

            GetWorkflowHistoryRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.namespace = "";
                    object.execution = null;
                    object.maximumPageSize = 0;
                    if (options.bytes === $String)
                        object.nextPageToken = "";
                    else {
                        object.nextPageToken = [];
                        if (options.bytes !== $Array)
                            object.nextPageToken = $util.newBuffer(object.nextPageToken);
                    }
                }
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    object.execution = $root.reprise.v1.WorkflowExecution.toObject(message.execution, options, _depth + 1);
                if (message.maximumPageSize != null && $Object.hasOwnProperty.call(message, "maximumPageSize"))
                    object.maximumPageSize = message.maximumPageSize;
                if (message.nextPageToken != null && $Object.hasOwnProperty.call(message, "nextPageToken"))
                    object.nextPageToken = options.bytes === $String ? $util.base64.encode(message.nextPageToken, 0, message.nextPageToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nextPageToken) : message.nextPageToken;
                return object;
            };

            GetWorkflowHistoryRequest.prototype.toJSON = function() {
                return GetWorkflowHistoryRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetWorkflowHistoryRequest;
        })();

        v1.GetWorkflowHistoryResponse = (function() {

            const GetWorkflowHistoryResponse = function (properties) {
                this.events = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetWorkflowHistoryResponse.prototype.events = $util.emptyArray;
            GetWorkflowHistoryResponse.prototype.nextPageToken = $util.newBuffer([]);
            GetWorkflowHistoryResponse.prototype.runId = "";

            GetWorkflowHistoryResponse.create = function(properties) {
                return new GetWorkflowHistoryResponse(properties);
            };

            GetWorkflowHistoryResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.reprise.v1.HistoryEvent.encode(message.events[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.nextPageToken != null && $Object.hasOwnProperty.call(message, "nextPageToken") && message.nextPageToken.length)
                    writer.uint32(18).bytes(message.nextPageToken);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(26).string(message.runId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetWorkflowHistoryResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.GetWorkflowHistoryResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.reprise.v1.HistoryEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nextPageToken = value;
                            else
                                delete message.nextPageToken;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GetWorkflowHistoryResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.GetWorkflowHistoryResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.GetWorkflowHistoryResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.GetWorkflowHistoryResponse();
                if (object.events) {
                    if (!$Array.isArray(object.events))
                        throw $TypeError(".reprise.v1.GetWorkflowHistoryResponse.events: array expected");
                    message.events = $Array(object.events.length);
                    for (let i = 0; i < object.events.length; ++i) {
                        if (!$util.isObject(object.events[i]))
                            throw $TypeError(".reprise.v1.GetWorkflowHistoryResponse.events: object expected");
                        message.events[i] = $root.reprise.v1.HistoryEvent.fromObject(object.events[i], _depth + 1);
                    }
                }
                if (object.nextPageToken != null)
                    if (object.nextPageToken.length)
                        if (typeof object.nextPageToken === "string")
                            $util.base64.decode(object.nextPageToken, message.nextPageToken = $util.newBuffer($util.base64.length(object.nextPageToken)), 0);
                        else if (object.nextPageToken.length >= 0)
                            message.nextPageToken = object.nextPageToken;
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                return message;
            };

            GetWorkflowHistoryResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.events = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.nextPageToken = "";
                    else {
                        object.nextPageToken = [];
                        if (options.bytes !== $Array)
                            object.nextPageToken = $util.newBuffer(object.nextPageToken);
                    }
                    object.runId = "";
                }
                if (message.events && message.events.length) {
                    object.events = $Array(message.events.length);
                    for (let j = 0; j < message.events.length; ++j)
                        object.events[j] = $root.reprise.v1.HistoryEvent.toObject(message.events[j], options, _depth + 1);
                }
                if (message.nextPageToken != null && $Object.hasOwnProperty.call(message, "nextPageToken"))
                    object.nextPageToken = options.bytes === $String ? $util.base64.encode(message.nextPageToken, 0, message.nextPageToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nextPageToken) : message.nextPageToken;
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                return object;
            };

            GetWorkflowHistoryResponse.prototype.toJSON = function() {
                return GetWorkflowHistoryResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetWorkflowHistoryResponse;
        })();

        v1.WaitWorkflowResultRequest = (function() {

            const WaitWorkflowResultRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WaitWorkflowResultRequest.prototype.namespace = "";
            WaitWorkflowResultRequest.prototype.execution = null;
            WaitWorkflowResultRequest.prototype.waitMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            WaitWorkflowResultRequest.create = function(properties) {
                return new WaitWorkflowResultRequest(properties);
            };

            WaitWorkflowResultRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(10).string(message.namespace);
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    $root.reprise.v1.WorkflowExecution.encode(message.execution, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.waitMs != null && $Object.hasOwnProperty.call(message, "waitMs") && (typeof message.waitMs === "object" ? message.waitMs.low || message.waitMs.high : message.waitMs !== 0))
                    writer.uint32(24).int64(message.waitMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WaitWorkflowResultRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.WaitWorkflowResultRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.execution = $root.reprise.v1.WorkflowExecution.decode(reader, reader.size(), $undefined, _depth + 1, message.execution);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.waitMs = value;
                            else
                                delete message.waitMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WaitWorkflowResultRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.WaitWorkflowResultRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.WaitWorkflowResultRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.WaitWorkflowResultRequest();
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.execution != null) {
                    if (!$util.isObject(object.execution))
                        throw $TypeError(".reprise.v1.WaitWorkflowResultRequest.execution: object expected");
                    message.execution = $root.reprise.v1.WorkflowExecution.fromObject(object.execution, _depth + 1);
                }
                if (object.waitMs != null)
                    if (typeof object.waitMs === "object" ? object.waitMs.low || object.waitMs.high : $Number(object.waitMs) !== 0)
                        if ($util.Long)
                            message.waitMs = $util.Long.fromValue(object.waitMs, false);
                        else if (typeof object.waitMs === "string")
                            message.waitMs = $parseInt(object.waitMs, 10);
                        else if (typeof object.waitMs === "number")
                            message.waitMs = object.waitMs;
                        else if (typeof object.waitMs === "object")
                            message.waitMs = new $util.LongBits(object.waitMs.low >>> 0, object.waitMs.high >>> 0).toNumber();
                return message;
            };

            WaitWorkflowResultRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.namespace = "";
                    object.execution = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.waitMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.waitMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.execution != null && $Object.hasOwnProperty.call(message, "execution"))
                    object.execution = $root.reprise.v1.WorkflowExecution.toObject(message.execution, options, _depth + 1);
                if (message.waitMs != null && $Object.hasOwnProperty.call(message, "waitMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.waitMs = typeof message.waitMs === "number" ? $BigInt(message.waitMs) : $util.Long.fromBits(message.waitMs.low >>> 0, message.waitMs.high >>> 0, false).toBigInt();
                    else if (typeof message.waitMs === "number")
                        object.waitMs = options.longs === $String ? $String(message.waitMs) : message.waitMs;
                    else
                        object.waitMs = options.longs === $String ? $util.Long.prototype.toString.call(message.waitMs) : options.longs === $Number ? new $util.LongBits(message.waitMs.low >>> 0, message.waitMs.high >>> 0).toNumber() : message.waitMs;
                return object;
            };

            WaitWorkflowResultRequest.prototype.toJSON = function() {
                return WaitWorkflowResultRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WaitWorkflowResultRequest;
        })();

        v1.WaitWorkflowResultResponse = (function() {

            const WaitWorkflowResultResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            WaitWorkflowResultResponse.prototype.closed = false;
            WaitWorkflowResultResponse.prototype.status = 0;
            WaitWorkflowResultResponse.prototype.result = null;
            WaitWorkflowResultResponse.prototype.failure = null;
            WaitWorkflowResultResponse.prototype.runId = "";

            WaitWorkflowResultResponse.create = function(properties) {
                return new WaitWorkflowResultResponse(properties);
            };

            WaitWorkflowResultResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.closed != null && $Object.hasOwnProperty.call(message, "closed") && message.closed !== false)
                    writer.uint32(8).bool(message.closed);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(16).int32(message.status);
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    $root.reprise.v1.Payloads.encode(message.result, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    $root.reprise.v1.Failure.encode(message.failure, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(42).string(message.runId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            WaitWorkflowResultResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.WaitWorkflowResultResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.closed = value;
                            else
                                delete message.closed;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.result = $root.reprise.v1.Payloads.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.failure = $root.reprise.v1.Failure.decode(reader, reader.size(), $undefined, _depth + 1, message.failure);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            WaitWorkflowResultResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.WaitWorkflowResultResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.WaitWorkflowResultResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.WaitWorkflowResultResponse();
                if (object.closed != null)
                    if (object.closed)
                        message.closed = $Boolean(object.closed);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.reprise.v1.WorkflowExecutionStatus[object.status] !== 0))
                    switch (object.status) {
                    case "WORKFLOW_EXECUTION_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "WORKFLOW_EXECUTION_STATUS_RUNNING":
                    case 1:
                        message.status = 1;
                        break;
                    case "WORKFLOW_EXECUTION_STATUS_COMPLETED":
                    case 2:
                        message.status = 2;
                        break;
                    case "WORKFLOW_EXECUTION_STATUS_FAILED":
                    case 3:
                        message.status = 3;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.result != null) {
                    if (!$util.isObject(object.result))
                        throw $TypeError(".reprise.v1.WaitWorkflowResultResponse.result: object expected");
                    message.result = $root.reprise.v1.Payloads.fromObject(object.result, _depth + 1);
                }
                if (object.failure != null) {
                    if (!$util.isObject(object.failure))
                        throw $TypeError(".reprise.v1.WaitWorkflowResultResponse.failure: object expected");
                    message.failure = $root.reprise.v1.Failure.fromObject(object.failure, _depth + 1);
                }
                if (object.runId != null)
                    if (typeof object.runId !== "string" || object.runId.length)
                        message.runId = $String(object.runId);
                return message;
            };

            WaitWorkflowResultResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.closed = false;
                    object.status = options.enums === $String ? "WORKFLOW_EXECUTION_STATUS_UNSPECIFIED" : 0;
                    object.result = null;
                    object.failure = null;
                    object.runId = "";
                }
                if (message.closed != null && $Object.hasOwnProperty.call(message, "closed"))
                    object.closed = message.closed;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.reprise.v1.WorkflowExecutionStatus[message.status] === $undefined ? message.status : $root.reprise.v1.WorkflowExecutionStatus[message.status] : message.status;
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    object.result = $root.reprise.v1.Payloads.toObject(message.result, options, _depth + 1);
                if (message.failure != null && $Object.hasOwnProperty.call(message, "failure"))
                    object.failure = $root.reprise.v1.Failure.toObject(message.failure, options, _depth + 1);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                    object.runId = message.runId;
                return object;
            };

            WaitWorkflowResultResponse.prototype.toJSON = function() {
                return WaitWorkflowResultResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WaitWorkflowResultResponse;
        })();

        v1.ListWorkflowsRequest = (function() {

            const ListWorkflowsRequest = function (properties) {
                this.statuses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ListWorkflowsRequest.prototype.namespace = "";
            ListWorkflowsRequest.prototype.pageSize = 0;
            ListWorkflowsRequest.prototype.nextPageToken = $util.newBuffer([]);
            ListWorkflowsRequest.prototype.workflowType = "";
            ListWorkflowsRequest.prototype.statuses = $util.emptyArray;
            ListWorkflowsRequest.prototype.workflowIdPrefix = "";
            ListWorkflowsRequest.prototype.taskQueue = "";
            ListWorkflowsRequest.prototype.startedAfterMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ListWorkflowsRequest.prototype.startedBeforeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            ListWorkflowsRequest.create = function(properties) {
                return new ListWorkflowsRequest(properties);
            };

            ListWorkflowsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(10).string(message.namespace);
                if (message.pageSize != null && $Object.hasOwnProperty.call(message, "pageSize") && message.pageSize !== 0)
                    writer.uint32(16).int32(message.pageSize);
                if (message.nextPageToken != null && $Object.hasOwnProperty.call(message, "nextPageToken") && message.nextPageToken.length)
                    writer.uint32(26).bytes(message.nextPageToken);
                if (message.workflowType != null && $Object.hasOwnProperty.call(message, "workflowType") && message.workflowType !== "")
                    writer.uint32(34).string(message.workflowType);
                if (message.statuses != null && message.statuses.length)
                    writer.uint32(42).int32s(message.statuses);
                if (message.workflowIdPrefix != null && $Object.hasOwnProperty.call(message, "workflowIdPrefix") && message.workflowIdPrefix !== "")
                    writer.uint32(50).string(message.workflowIdPrefix);
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue") && message.taskQueue !== "")
                    writer.uint32(58).string(message.taskQueue);
                if (message.startedAfterMs != null && $Object.hasOwnProperty.call(message, "startedAfterMs") && (typeof message.startedAfterMs === "object" ? message.startedAfterMs.low || message.startedAfterMs.high : message.startedAfterMs !== 0))
                    writer.uint32(64).int64(message.startedAfterMs);
                if (message.startedBeforeMs != null && $Object.hasOwnProperty.call(message, "startedBeforeMs") && (typeof message.startedBeforeMs === "object" ? message.startedBeforeMs.low || message.startedBeforeMs.high : message.startedBeforeMs !== 0))
                    writer.uint32(72).int64(message.startedBeforeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ListWorkflowsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.ListWorkflowsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.pageSize = value;
                            else
                                delete message.pageSize;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nextPageToken = value;
                            else
                                delete message.nextPageToken;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workflowType = value;
                            else
                                delete message.workflowType;
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.statuses && message.statuses.length))
                                    message.statuses = [];
                                reader.int32s(message.statuses);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.statuses && message.statuses.length))
                                message.statuses = [];
                            message.statuses.push(reader.int32());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workflowIdPrefix = value;
                            else
                                delete message.workflowIdPrefix;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskQueue = value;
                            else
                                delete message.taskQueue;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAfterMs = value;
                            else
                                delete message.startedAfterMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedBeforeMs = value;
                            else
                                delete message.startedBeforeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ListWorkflowsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.ListWorkflowsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.ListWorkflowsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.ListWorkflowsRequest();
                if (object.namespace != null)
                    if (typeof object.namespace !== "string" || object.namespace.length)
                        message.namespace = $String(object.namespace);
                if (object.pageSize != null)
                    if ($Number(object.pageSize) !== 0)
                        message.pageSize = object.pageSize | 0;
                if (object.nextPageToken != null)
                    if (object.nextPageToken.length)
                        if (typeof object.nextPageToken === "string")
                            $util.base64.decode(object.nextPageToken, message.nextPageToken = $util.newBuffer($util.base64.length(object.nextPageToken)), 0);
                        else if (object.nextPageToken.length >= 0)
                            message.nextPageToken = object.nextPageToken;
                if (object.workflowType != null)
                    if (typeof object.workflowType !== "string" || object.workflowType.length)
                        message.workflowType = $String(object.workflowType);
                if (object.statuses) {
                    if (!$Array.isArray(object.statuses))
                        throw $TypeError(".reprise.v1.ListWorkflowsRequest.statuses: array expected");
                    message.statuses = [];
                    for (let i = 0; i < object.statuses.length; ++i)
                        switch (object.statuses[i]) {
                        case "WORKFLOW_EXECUTION_STATUS_UNSPECIFIED":
                        case 0:
                            message.statuses[message.statuses.length] = 0;
                            break;
                        case "WORKFLOW_EXECUTION_STATUS_RUNNING":
                        case 1:
                            message.statuses[message.statuses.length] = 1;
                            break;
                        case "WORKFLOW_EXECUTION_STATUS_COMPLETED":
                        case 2:
                            message.statuses[message.statuses.length] = 2;
                            break;
                        case "WORKFLOW_EXECUTION_STATUS_FAILED":
                        case 3:
                            message.statuses[message.statuses.length] = 3;
                            break;
                        default:
                            if (typeof object.statuses[i] === "number" && (object.statuses[i] | 0) === object.statuses[i])
                                message.statuses[message.statuses.length] = object.statuses[i];
                        }
                }
                if (object.workflowIdPrefix != null)
                    if (typeof object.workflowIdPrefix !== "string" || object.workflowIdPrefix.length)
                        message.workflowIdPrefix = $String(object.workflowIdPrefix);
                if (object.taskQueue != null)
                    if (typeof object.taskQueue !== "string" || object.taskQueue.length)
                        message.taskQueue = $String(object.taskQueue);
                if (object.startedAfterMs != null)
                    if (typeof object.startedAfterMs === "object" ? object.startedAfterMs.low || object.startedAfterMs.high : $Number(object.startedAfterMs) !== 0)
                        if ($util.Long)
                            message.startedAfterMs = $util.Long.fromValue(object.startedAfterMs, false);
                        else if (typeof object.startedAfterMs === "string")
                            message.startedAfterMs = $parseInt(object.startedAfterMs, 10);
                        else if (typeof object.startedAfterMs === "number")
                            message.startedAfterMs = object.startedAfterMs;
                        else if (typeof object.startedAfterMs === "object")
                            message.startedAfterMs = new $util.LongBits(object.startedAfterMs.low >>> 0, object.startedAfterMs.high >>> 0).toNumber();
                if (object.startedBeforeMs != null)
                    if (typeof object.startedBeforeMs === "object" ? object.startedBeforeMs.low || object.startedBeforeMs.high : $Number(object.startedBeforeMs) !== 0)
                        if ($util.Long)
                            message.startedBeforeMs = $util.Long.fromValue(object.startedBeforeMs, false);
                        else if (typeof object.startedBeforeMs === "string")
                            message.startedBeforeMs = $parseInt(object.startedBeforeMs, 10);
                        else if (typeof object.startedBeforeMs === "number")
                            message.startedBeforeMs = object.startedBeforeMs;
                        else if (typeof object.startedBeforeMs === "object")
                            message.startedBeforeMs = new $util.LongBits(object.startedBeforeMs.low >>> 0, object.startedBeforeMs.high >>> 0).toNumber();
                return message;
            };

            ListWorkflowsRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.statuses = [];
                if (options.defaults) {
                    object.namespace = "";
                    object.pageSize = 0;
                    if (options.bytes === $String)
                        object.nextPageToken = "";
                    else {
                        object.nextPageToken = [];
                        if (options.bytes !== $Array)
                            object.nextPageToken = $util.newBuffer(object.nextPageToken);
                    }
                    object.workflowType = "";
                    object.workflowIdPrefix = "";
                    object.taskQueue = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedAfterMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAfterMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedBeforeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedBeforeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                    object.namespace = message.namespace;
                if (message.pageSize != null && $Object.hasOwnProperty.call(message, "pageSize"))
                    object.pageSize = message.pageSize;
                if (message.nextPageToken != null && $Object.hasOwnProperty.call(message, "nextPageToken"))
                    object.nextPageToken = options.bytes === $String ? $util.base64.encode(message.nextPageToken, 0, message.nextPageToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nextPageToken) : message.nextPageToken;
                if (message.workflowType != null && $Object.hasOwnProperty.call(message, "workflowType"))
                    object.workflowType = message.workflowType;
                if (message.statuses && message.statuses.length) {
                    object.statuses = $Array(message.statuses.length);
                    for (let j = 0; j < message.statuses.length; ++j)
                        object.statuses[j] = options.enums === $String ? $root.reprise.v1.WorkflowExecutionStatus[message.statuses[j]] === $undefined ? message.statuses[j] : $root.reprise.v1.WorkflowExecutionStatus[message.statuses[j]] : message.statuses[j];
                }
                if (message.workflowIdPrefix != null && $Object.hasOwnProperty.call(message, "workflowIdPrefix"))
                    object.workflowIdPrefix = message.workflowIdPrefix;
                if (message.taskQueue != null && $Object.hasOwnProperty.call(message, "taskQueue"))
                    object.taskQueue = message.taskQueue;
                if (message.startedAfterMs != null && $Object.hasOwnProperty.call(message, "startedAfterMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAfterMs = typeof message.startedAfterMs === "number" ? $BigInt(message.startedAfterMs) : $util.Long.fromBits(message.startedAfterMs.low >>> 0, message.startedAfterMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startedAfterMs === "number")
                        object.startedAfterMs = options.longs === $String ? $String(message.startedAfterMs) : message.startedAfterMs;
                    else
                        object.startedAfterMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAfterMs) : options.longs === $Number ? new $util.LongBits(message.startedAfterMs.low >>> 0, message.startedAfterMs.high >>> 0).toNumber() : message.startedAfterMs;
                if (message.startedBeforeMs != null && $Object.hasOwnProperty.call(message, "startedBeforeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedBeforeMs = typeof message.startedBeforeMs === "number" ? $BigInt(message.startedBeforeMs) : $util.Long.fromBits(message.startedBeforeMs.low >>> 0, message.startedBeforeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startedBeforeMs === "number")
                        object.startedBeforeMs = options.longs === $String ? $String(message.startedBeforeMs) : message.startedBeforeMs;
                    else
                        object.startedBeforeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedBeforeMs) : options.longs === $Number ? new $util.LongBits(message.startedBeforeMs.low >>> 0, message.startedBeforeMs.high >>> 0).toNumber() : message.startedBeforeMs;
                return object;
            };

            ListWorkflowsRequest.prototype.toJSON = function() {
                return ListWorkflowsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ListWorkflowsRequest;
        })();

        v1.ListWorkflowsResponse = (function() {

            const ListWorkflowsResponse = function (properties) {
                this.executions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ListWorkflowsResponse.prototype.executions = $util.emptyArray;
            ListWorkflowsResponse.prototype.nextPageToken = $util.newBuffer([]);

            ListWorkflowsResponse.create = function(properties) {
                return new ListWorkflowsResponse(properties);
            };

            ListWorkflowsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.executions != null && message.executions.length)
                    for (let i = 0; i < message.executions.length; ++i)
                        $root.reprise.v1.WorkflowExecutionInfo.encode(message.executions[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.nextPageToken != null && $Object.hasOwnProperty.call(message, "nextPageToken") && message.nextPageToken.length)
                    writer.uint32(18).bytes(message.nextPageToken);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ListWorkflowsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.reprise.v1.ListWorkflowsResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.executions && message.executions.length))
                                message.executions = [];
                            message.executions.push($root.reprise.v1.WorkflowExecutionInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nextPageToken = value;
                            else
                                delete message.nextPageToken;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ListWorkflowsResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.reprise.v1.ListWorkflowsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".reprise.v1.ListWorkflowsResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.reprise.v1.ListWorkflowsResponse();
                if (object.executions) {
                    if (!$Array.isArray(object.executions))
                        throw $TypeError(".reprise.v1.ListWorkflowsResponse.executions: array expected");
                    message.executions = $Array(object.executions.length);
                    for (let i = 0; i < object.executions.length; ++i) {
                        if (!$util.isObject(object.executions[i]))
                            throw $TypeError(".reprise.v1.ListWorkflowsResponse.executions: object expected");
                        message.executions[i] = $root.reprise.v1.WorkflowExecutionInfo.fromObject(object.executions[i], _depth + 1);
                    }
                }
                if (object.nextPageToken != null)
                    if (object.nextPageToken.length)
                        if (typeof object.nextPageToken === "string")
                            $util.base64.decode(object.nextPageToken, message.nextPageToken = $util.newBuffer($util.base64.length(object.nextPageToken)), 0);
                        else if (object.nextPageToken.length >= 0)
                            message.nextPageToken = object.nextPageToken;
                return message;
            };

            ListWorkflowsResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.executions = [];
                if (options.defaults)
                    if (options.bytes === $String)
                        object.nextPageToken = "";
                    else {
                        object.nextPageToken = [];
                        if (options.bytes !== $Array)
                            object.nextPageToken = $util.newBuffer(object.nextPageToken);
                    }
                if (message.executions && message.executions.length) {
                    object.executions = $Array(message.executions.length);
                    for (let j = 0; j < message.executions.length; ++j)
                        object.executions[j] = $root.reprise.v1.WorkflowExecutionInfo.toObject(message.executions[j], options, _depth + 1);
                }
                if (message.nextPageToken != null && $Object.hasOwnProperty.call(message, "nextPageToken"))
                    object.nextPageToken = options.bytes === $String ? $util.base64.encode(message.nextPageToken, 0, message.nextPageToken.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nextPageToken) : message.nextPageToken;
                return object;
            };

            ListWorkflowsResponse.prototype.toJSON = function() {
                return ListWorkflowsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ListWorkflowsResponse;
        })();

        return v1;
    })();

    return reprise;
})();

export {
  $root as default
};

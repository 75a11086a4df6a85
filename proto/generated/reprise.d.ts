import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace reprise {

    namespace v1 {

        interface ICommand extends reprise.v1.Command.$Properties {
        }

        class Command {
            constructor(properties?: reprise.v1.Command.$Properties);
            $unknowns?: Uint8Array[];
            scheduleActivityTask?: (reprise.v1.ScheduleActivityTask.$Properties|null);
            startTimer?: (reprise.v1.StartTimer.$Properties|null);
            completeWorkflowExecution?: (reprise.v1.CompleteWorkflowExecution.$Properties|null);
            failWorkflowExecution?: (reprise.v1.FailWorkflowExecution.$Properties|null);
            cancelTimer?: (reprise.v1.CancelTimer.$Properties|null);
            recordMarker?: (reprise.v1.RecordMarker.$Properties|null);
            requestCancelActivityTask?: (reprise.v1.RequestCancelActivityTask.$Properties|null);
            attributes?: ("scheduleActivityTask"|"startTimer"|"completeWorkflowExecution"|"failWorkflowExecution"|"cancelTimer"|"recordMarker"|"requestCancelActivityTask");
            static create(properties: reprise.v1.Command.$Shape): reprise.v1.Command & reprise.v1.Command.$Shape;
            static create(properties?: reprise.v1.Command.$Properties): reprise.v1.Command;
            static encode(message: reprise.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.Command & reprise.v1.Command.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.Command;
            static toObject(message: reprise.v1.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Command {
            interface $Properties {
                scheduleActivityTask?: (reprise.v1.ScheduleActivityTask.$Properties|null);
                startTimer?: (reprise.v1.StartTimer.$Properties|null);
                completeWorkflowExecution?: (reprise.v1.CompleteWorkflowExecution.$Properties|null);
                failWorkflowExecution?: (reprise.v1.FailWorkflowExecution.$Properties|null);
                cancelTimer?: (reprise.v1.CancelTimer.$Properties|null);
                recordMarker?: (reprise.v1.RecordMarker.$Properties|null);
                requestCancelActivityTask?: (reprise.v1.RequestCancelActivityTask.$Properties|null);
                attributes?: ("scheduleActivityTask"|"startTimer"|"completeWorkflowExecution"|"failWorkflowExecution"|"cancelTimer"|"recordMarker"|"requestCancelActivityTask");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              scheduleActivityTask?: reprise.v1.ScheduleActivityTask.$Shape|null;
              startTimer?: reprise.v1.StartTimer.$Shape|null;
              completeWorkflowExecution?: reprise.v1.CompleteWorkflowExecution.$Shape|null;
              failWorkflowExecution?: reprise.v1.FailWorkflowExecution.$Shape|null;
              cancelTimer?: reprise.v1.CancelTimer.$Shape|null;
              recordMarker?: reprise.v1.RecordMarker.$Shape|null;
              requestCancelActivityTask?: reprise.v1.RequestCancelActivityTask.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ attributes?: undefined; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask?: null }|{ attributes?: "scheduleActivityTask"; scheduleActivityTask: reprise.v1.ScheduleActivityTask.$Shape; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask?: null }|{ attributes?: "startTimer"; scheduleActivityTask?: null; startTimer: reprise.v1.StartTimer.$Shape; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask?: null }|{ attributes?: "completeWorkflowExecution"; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution: reprise.v1.CompleteWorkflowExecution.$Shape; failWorkflowExecution?: null; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask?: null }|{ attributes?: "failWorkflowExecution"; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution: reprise.v1.FailWorkflowExecution.$Shape; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask?: null }|{ attributes?: "cancelTimer"; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer: reprise.v1.CancelTimer.$Shape; recordMarker?: null; requestCancelActivityTask?: null }|{ attributes?: "recordMarker"; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer?: null; recordMarker: reprise.v1.RecordMarker.$Shape; requestCancelActivityTask?: null }|{ attributes?: "requestCancelActivityTask"; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask: reprise.v1.RequestCancelActivityTask.$Shape })
            );
        }

        interface IScheduleActivityTask extends reprise.v1.ScheduleActivityTask.$Properties {
        }

        class ScheduleActivityTask {
            constructor(properties?: reprise.v1.ScheduleActivityTask.$Properties);
            $unknowns?: Uint8Array[];
            activityId: string;
            activityType: string;
            taskQueue: string;
            input?: (reprise.v1.Payloads.$Properties|null);
            scheduleToCloseTimeoutMs: number;
            scheduleToStartTimeoutMs: number;
            startToCloseTimeoutMs: number;
            heartbeatTimeoutMs: number;
            retryPolicy?: (reprise.v1.RetryPolicy.$Properties|null);
            static create(properties: reprise.v1.ScheduleActivityTask.$Shape): reprise.v1.ScheduleActivityTask & reprise.v1.ScheduleActivityTask.$Shape;
            static create(properties?: reprise.v1.ScheduleActivityTask.$Properties): reprise.v1.ScheduleActivityTask;
            static encode(message: reprise.v1.ScheduleActivityTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ScheduleActivityTask & reprise.v1.ScheduleActivityTask.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ScheduleActivityTask;
            static toObject(message: reprise.v1.ScheduleActivityTask, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ScheduleActivityTask {
            interface $Properties {
                activityId?: (string|null);
                activityType?: (string|null);
                taskQueue?: (string|null);
                input?: (reprise.v1.Payloads.$Properties|null);
                scheduleToCloseTimeoutMs?: (number|null);
                scheduleToStartTimeoutMs?: (number|null);
                startToCloseTimeoutMs?: (number|null);
                heartbeatTimeoutMs?: (number|null);
                retryPolicy?: (reprise.v1.RetryPolicy.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ScheduleActivityTask.$Properties;
        }

        interface IRequestCancelActivityTask extends reprise.v1.RequestCancelActivityTask.$Properties {
        }

        class RequestCancelActivityTask {
            constructor(properties?: reprise.v1.RequestCancelActivityTask.$Properties);
            $unknowns?: Uint8Array[];
            activityId: string;
            static create(properties: reprise.v1.RequestCancelActivityTask.$Shape): reprise.v1.RequestCancelActivityTask & reprise.v1.RequestCancelActivityTask.$Shape;
            static create(properties?: reprise.v1.RequestCancelActivityTask.$Properties): reprise.v1.RequestCancelActivityTask;
            static encode(message: reprise.v1.RequestCancelActivityTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.RequestCancelActivityTask & reprise.v1.RequestCancelActivityTask.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.RequestCancelActivityTask;
            static toObject(message: reprise.v1.RequestCancelActivityTask, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RequestCancelActivityTask {
            interface $Properties {
                activityId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.RequestCancelActivityTask.$Properties;
        }

        interface IStartTimer extends reprise.v1.StartTimer.$Properties {
        }

        class StartTimer {
            constructor(properties?: reprise.v1.StartTimer.$Properties);
            $unknowns?: Uint8Array[];
            timerId: string;
            startToFireTimeoutMs: number;
            static create(properties: reprise.v1.StartTimer.$Shape): reprise.v1.StartTimer & reprise.v1.StartTimer.$Shape;
            static create(properties?: reprise.v1.StartTimer.$Properties): reprise.v1.StartTimer;
            static encode(message: reprise.v1.StartTimer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.StartTimer & reprise.v1.StartTimer.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.StartTimer;
            static toObject(message: reprise.v1.StartTimer, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace StartTimer {
            interface $Properties {
                timerId?: (string|null);
                startToFireTimeoutMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.StartTimer.$Properties;
        }

        interface ICompleteWorkflowExecution extends reprise.v1.CompleteWorkflowExecution.$Properties {
        }

        class CompleteWorkflowExecution {
            constructor(properties?: reprise.v1.CompleteWorkflowExecution.$Properties);
            $unknowns?: Uint8Array[];
            result?: (reprise.v1.Payloads.$Properties|null);
            static create(properties: reprise.v1.CompleteWorkflowExecution.$Shape): reprise.v1.CompleteWorkflowExecution & reprise.v1.CompleteWorkflowExecution.$Shape;
            static create(properties?: reprise.v1.CompleteWorkflowExecution.$Properties): reprise.v1.CompleteWorkflowExecution;
            static encode(message: reprise.v1.CompleteWorkflowExecution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.CompleteWorkflowExecution & reprise.v1.CompleteWorkflowExecution.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.CompleteWorkflowExecution;
            static toObject(message: reprise.v1.CompleteWorkflowExecution, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CompleteWorkflowExecution {
            interface $Properties {
                result?: (reprise.v1.Payloads.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.CompleteWorkflowExecution.$Properties;
        }

        interface IFailWorkflowExecution extends reprise.v1.FailWorkflowExecution.$Properties {
        }

        class FailWorkflowExecution {
            constructor(properties?: reprise.v1.FailWorkflowExecution.$Properties);
            $unknowns?: Uint8Array[];
            failure?: (reprise.v1.Failure.$Properties|null);
            static create(properties: reprise.v1.FailWorkflowExecution.$Shape): reprise.v1.FailWorkflowExecution & reprise.v1.FailWorkflowExecution.$Shape;
            static create(properties?: reprise.v1.FailWorkflowExecution.$Properties): reprise.v1.FailWorkflowExecution;
            static encode(message: reprise.v1.FailWorkflowExecution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.FailWorkflowExecution & reprise.v1.FailWorkflowExecution.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.FailWorkflowExecution;
            static toObject(message: reprise.v1.FailWorkflowExecution, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace FailWorkflowExecution {
            interface $Properties {
                failure?: (reprise.v1.Failure.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              failure?: reprise.v1.Failure.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface ICancelTimer extends reprise.v1.CancelTimer.$Properties {
        }

        class CancelTimer {
            constructor(properties?: reprise.v1.CancelTimer.$Properties);
            $unknowns?: Uint8Array[];
            timerId: string;
            static create(properties: reprise.v1.CancelTimer.$Shape): reprise.v1.CancelTimer & reprise.v1.CancelTimer.$Shape;
            static create(properties?: reprise.v1.CancelTimer.$Properties): reprise.v1.CancelTimer;
            static encode(message: reprise.v1.CancelTimer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.CancelTimer & reprise.v1.CancelTimer.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.CancelTimer;
            static toObject(message: reprise.v1.CancelTimer, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CancelTimer {
            interface $Properties {
                timerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.CancelTimer.$Properties;
        }

        interface IRecordMarker extends reprise.v1.RecordMarker.$Properties {
        }

        class RecordMarker {
            constructor(properties?: reprise.v1.RecordMarker.$Properties);
            $unknowns?: Uint8Array[];
            markerName: string;
            details: { [k: string]: reprise.v1.Payloads.$Properties };
            failure?: (reprise.v1.Failure.$Properties|null);
            static create(properties: reprise.v1.RecordMarker.$Shape): reprise.v1.RecordMarker & reprise.v1.RecordMarker.$Shape;
            static create(properties?: reprise.v1.RecordMarker.$Properties): reprise.v1.RecordMarker;
            static encode(message: reprise.v1.RecordMarker.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.RecordMarker & reprise.v1.RecordMarker.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.RecordMarker;
            static toObject(message: reprise.v1.RecordMarker, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RecordMarker {
            interface $Properties {
                markerName?: (string|null);
                details?: ({ [k: string]: reprise.v1.Payloads.$Properties }|null);
                failure?: (reprise.v1.Failure.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              markerName?: string|null;
              details?: { [k: string]: reprise.v1.Payloads.$Shape }|null;
              failure?: reprise.v1.Failure.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IPayload extends reprise.v1.Payload.$Properties {
        }

        class Payload {
            constructor(properties?: reprise.v1.Payload.$Properties);
            $unknowns?: Uint8Array[];
            metadata: { [k: string]: Uint8Array };
            data: Uint8Array;
            static create(properties: reprise.v1.Payload.$Shape): reprise.v1.Payload & reprise.v1.Payload.$Shape;
            static create(properties?: reprise.v1.Payload.$Properties): reprise.v1.Payload;
            static encode(message: reprise.v1.Payload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.Payload & reprise.v1.Payload.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.Payload;
            static toObject(message: reprise.v1.Payload, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Payload {
            interface $Properties {
                metadata?: ({ [k: string]: Uint8Array }|null);
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.Payload.$Properties;
        }

        interface IPayloads extends reprise.v1.Payloads.$Properties {
        }

        class Payloads {
            constructor(properties?: reprise.v1.Payloads.$Properties);
            $unknowns?: Uint8Array[];
            payloads: reprise.v1.Payload.$Properties[];
            static create(properties: reprise.v1.Payloads.$Shape): reprise.v1.Payloads & reprise.v1.Payloads.$Shape;
            static create(properties?: reprise.v1.Payloads.$Properties): reprise.v1.Payloads;
            static encode(message: reprise.v1.Payloads.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.Payloads & reprise.v1.Payloads.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.Payloads;
            static toObject(message: reprise.v1.Payloads, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Payloads {
            interface $Properties {
                payloads?: (reprise.v1.Payload.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.Payloads.$Properties;
        }

        interface IWorkflowExecution extends reprise.v1.WorkflowExecution.$Properties {
        }

        class WorkflowExecution {
            constructor(properties?: reprise.v1.WorkflowExecution.$Properties);
            $unknowns?: Uint8Array[];
            workflowId: string;
            runId: string;
            static create(properties: reprise.v1.WorkflowExecution.$Shape): reprise.v1.WorkflowExecution & reprise.v1.WorkflowExecution.$Shape;
            static create(properties?: reprise.v1.WorkflowExecution.$Properties): reprise.v1.WorkflowExecution;
            static encode(message: reprise.v1.WorkflowExecution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowExecution & reprise.v1.WorkflowExecution.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowExecution;
            static toObject(message: reprise.v1.WorkflowExecution, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowExecution {
            interface $Properties {
                workflowId?: (string|null);
                runId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.WorkflowExecution.$Properties;
        }

        interface IRetryPolicy extends reprise.v1.RetryPolicy.$Properties {
        }

        class RetryPolicy {
            constructor(properties?: reprise.v1.RetryPolicy.$Properties);
            $unknowns?: Uint8Array[];
            initialIntervalMs: number;
            backoffCoefficient: number;
            maximumIntervalMs: number;
            maximumAttempts: number;
            nonRetryableErrorTypes: string[];
            static create(properties: reprise.v1.RetryPolicy.$Shape): reprise.v1.RetryPolicy & reprise.v1.RetryPolicy.$Shape;
            static create(properties?: reprise.v1.RetryPolicy.$Properties): reprise.v1.RetryPolicy;
            static encode(message: reprise.v1.RetryPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.RetryPolicy & reprise.v1.RetryPolicy.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.RetryPolicy;
            static toObject(message: reprise.v1.RetryPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RetryPolicy {
            interface $Properties {
                initialIntervalMs?: (number|null);
                backoffCoefficient?: (number|null);
                maximumIntervalMs?: (number|null);
                maximumAttempts?: (number|null);
                nonRetryableErrorTypes?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.RetryPolicy.$Properties;
        }

        enum TimeoutType {
            TIMEOUT_TYPE_UNSPECIFIED = 0,
            TIMEOUT_TYPE_START_TO_CLOSE = 1,
            TIMEOUT_TYPE_SCHEDULE_TO_START = 2,
            TIMEOUT_TYPE_SCHEDULE_TO_CLOSE = 3,
            TIMEOUT_TYPE_HEARTBEAT = 4
        }

        enum RetryState {
            RETRY_STATE_UNSPECIFIED = 0,
            RETRY_STATE_IN_PROGRESS = 1,
            RETRY_STATE_NON_RETRYABLE_FAILURE = 2,
            RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED = 3,
            RETRY_STATE_TIMEOUT = 4
        }

        interface IFailure extends reprise.v1.Failure.$Properties {
        }

        class Failure {
            constructor(properties?: reprise.v1.Failure.$Properties);
            $unknowns?: Uint8Array[];
            message: string;
            source: string;
            stack: string;
            cause?: (reprise.v1.Failure.$Properties|null);
            application?: (reprise.v1.ApplicationFailureInfo.$Properties|null);
            activity?: (reprise.v1.ActivityFailureInfo.$Properties|null);
            timeout?: (reprise.v1.TimeoutFailureInfo.$Properties|null);
            canceled?: (reprise.v1.CanceledFailureInfo.$Properties|null);
            info?: ("application"|"activity"|"timeout"|"canceled");
            static create(properties: reprise.v1.Failure.$Shape): reprise.v1.Failure & reprise.v1.Failure.$Shape;
            static create(properties?: reprise.v1.Failure.$Properties): reprise.v1.Failure;
            static encode(message: reprise.v1.Failure.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.Failure & reprise.v1.Failure.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.Failure;
            static toObject(message: reprise.v1.Failure, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Failure {
            interface $Properties {
                message?: (string|null);
                source?: (string|null);
                stack?: (string|null);
                cause?: (reprise.v1.Failure.$Properties|null);
                application?: (reprise.v1.ApplicationFailureInfo.$Properties|null);
                activity?: (reprise.v1.ActivityFailureInfo.$Properties|null);
                timeout?: (reprise.v1.TimeoutFailureInfo.$Properties|null);
                canceled?: (reprise.v1.CanceledFailureInfo.$Properties|null);
                info?: ("application"|"activity"|"timeout"|"canceled");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              message?: string|null;
              source?: string|null;
              stack?: string|null;
              cause?: reprise.v1.Failure.$Shape|null;
              application?: reprise.v1.ApplicationFailureInfo.$Shape|null;
              activity?: reprise.v1.ActivityFailureInfo.$Shape|null;
              timeout?: reprise.v1.TimeoutFailureInfo.$Shape|null;
              canceled?: reprise.v1.CanceledFailureInfo.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ info?: undefined; application?: null; activity?: null; timeout?: null; canceled?: null }|{ info?: "application"; application: reprise.v1.ApplicationFailureInfo.$Shape; activity?: null; timeout?: null; canceled?: null }|{ info?: "activity"; application?: null; activity: reprise.v1.ActivityFailureInfo.$Shape; timeout?: null; canceled?: null }|{ info?: "timeout"; application?: null; activity?: null; timeout: reprise.v1.TimeoutFailureInfo.$Shape; canceled?: null }|{ info?: "canceled"; application?: null; activity?: null; timeout?: null; canceled: reprise.v1.CanceledFailureInfo.$Shape })
            );
        }

        interface IApplicationFailureInfo extends reprise.v1.ApplicationFailureInfo.$Properties {
        }

        class ApplicationFailureInfo {
            constructor(properties?: reprise.v1.ApplicationFailureInfo.$Properties);
            $unknowns?: Uint8Array[];
            type: string;
            nonRetryable: boolean;
            details?: (reprise.v1.Payloads.$Properties|null);
            static create(properties: reprise.v1.ApplicationFailureInfo.$Shape): reprise.v1.ApplicationFailureInfo & reprise.v1.ApplicationFailureInfo.$Shape;
            static create(properties?: reprise.v1.ApplicationFailureInfo.$Properties): reprise.v1.ApplicationFailureInfo;
            static encode(message: reprise.v1.ApplicationFailureInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ApplicationFailureInfo & reprise.v1.ApplicationFailureInfo.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ApplicationFailureInfo;
            static toObject(message: reprise.v1.ApplicationFailureInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ApplicationFailureInfo {
            interface $Properties {
                type?: (string|null);
                nonRetryable?: (boolean|null);
                details?: (reprise.v1.Payloads.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ApplicationFailureInfo.$Properties;
        }

        interface IActivityFailureInfo extends reprise.v1.ActivityFailureInfo.$Properties {
        }

        class ActivityFailureInfo {
            constructor(properties?: reprise.v1.ActivityFailureInfo.$Properties);
            $unknowns?: Uint8Array[];
            activityType: string;
            activityId: string;
            scheduledEventId: number;
            startedEventId: number;
            retryState: reprise.v1.RetryState;
            static create(properties: reprise.v1.ActivityFailureInfo.$Shape): reprise.v1.ActivityFailureInfo & reprise.v1.ActivityFailureInfo.$Shape;
            static create(properties?: reprise.v1.ActivityFailureInfo.$Properties): reprise.v1.ActivityFailureInfo;
            static encode(message: reprise.v1.ActivityFailureInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ActivityFailureInfo & reprise.v1.ActivityFailureInfo.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ActivityFailureInfo;
            static toObject(message: reprise.v1.ActivityFailureInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ActivityFailureInfo {
            interface $Properties {
                activityType?: (string|null);
                activityId?: (string|null);
                scheduledEventId?: (number|null);
                startedEventId?: (number|null);
                retryState?: (reprise.v1.RetryState|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ActivityFailureInfo.$Properties;
        }

        interface ITimeoutFailureInfo extends reprise.v1.TimeoutFailureInfo.$Properties {
        }

        class TimeoutFailureInfo {
            constructor(properties?: reprise.v1.TimeoutFailureInfo.$Properties);
            $unknowns?: Uint8Array[];
            timeoutType: reprise.v1.TimeoutType;
            lastHeartbeatDetails?: (reprise.v1.Payloads.$Properties|null);
            static create(properties: reprise.v1.TimeoutFailureInfo.$Shape): reprise.v1.TimeoutFailureInfo & reprise.v1.TimeoutFailureInfo.$Shape;
            static create(properties?: reprise.v1.TimeoutFailureInfo.$Properties): reprise.v1.TimeoutFailureInfo;
            static encode(message: reprise.v1.TimeoutFailureInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.TimeoutFailureInfo & reprise.v1.TimeoutFailureInfo.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.TimeoutFailureInfo;
            static toObject(message: reprise.v1.TimeoutFailureInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TimeoutFailureInfo {
            interface $Properties {
                timeoutType?: (reprise.v1.TimeoutType|null);
                lastHeartbeatDetails?: (reprise.v1.Payloads.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.TimeoutFailureInfo.$Properties;
        }

        interface ICanceledFailureInfo extends reprise.v1.CanceledFailureInfo.$Properties {
        }

        class CanceledFailureInfo {
            constructor(properties?: reprise.v1.CanceledFailureInfo.$Properties);
            $unknowns?: Uint8Array[];
            details?: (reprise.v1.Payloads.$Properties|null);
            static create(properties: reprise.v1.CanceledFailureInfo.$Shape): reprise.v1.CanceledFailureInfo & reprise.v1.CanceledFailureInfo.$Shape;
            static create(properties?: reprise.v1.CanceledFailureInfo.$Properties): reprise.v1.CanceledFailureInfo;
            static encode(message: reprise.v1.CanceledFailureInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.CanceledFailureInfo & reprise.v1.CanceledFailureInfo.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.CanceledFailureInfo;
            static toObject(message: reprise.v1.CanceledFailureInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CanceledFailureInfo {
            interface $Properties {
                details?: (reprise.v1.Payloads.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.CanceledFailureInfo.$Properties;
        }

        interface IHistoryEvent extends reprise.v1.HistoryEvent.$Properties {
        }

        class HistoryEvent {
            constructor(properties?: reprise.v1.HistoryEvent.$Properties);
            $unknowns?: Uint8Array[];
            eventId: number;
            eventTimeMs: number;
            workflowExecutionStarted?: (reprise.v1.WorkflowExecutionStarted.$Properties|null);
            workflowExecutionCompleted?: (reprise.v1.WorkflowExecutionCompleted.$Properties|null);
            workflowExecutionFailed?: (reprise.v1.WorkflowExecutionFailed.$Properties|null);
            workflowTaskScheduled?: (reprise.v1.WorkflowTaskScheduled.$Properties|null);
            workflowTaskStarted?: (reprise.v1.WorkflowTaskStarted.$Properties|null);
            workflowTaskCompleted?: (reprise.v1.WorkflowTaskCompleted.$Properties|null);
            workflowTaskFailed?: (reprise.v1.WorkflowTaskFailed.$Properties|null);
            workflowTaskTimedOut?: (reprise.v1.WorkflowTaskTimedOut.$Properties|null);
            activityTaskScheduled?: (reprise.v1.ActivityTaskScheduled.$Properties|null);
            activityTaskStarted?: (reprise.v1.ActivityTaskStarted.$Properties|null);
            activityTaskCompleted?: (reprise.v1.ActivityTaskCompleted.$Properties|null);
            activityTaskFailed?: (reprise.v1.ActivityTaskFailed.$Properties|null);
            activityTaskTimedOut?: (reprise.v1.ActivityTaskTimedOut.$Properties|null);
            activityTaskCancelRequested?: (reprise.v1.ActivityTaskCancelRequested.$Properties|null);
            activityTaskCanceled?: (reprise.v1.ActivityTaskCanceled.$Properties|null);
            timerStarted?: (reprise.v1.TimerStarted.$Properties|null);
            timerFired?: (reprise.v1.TimerFired.$Properties|null);
            timerCanceled?: (reprise.v1.TimerCanceled.$Properties|null);
            markerRecorded?: (reprise.v1.MarkerRecorded.$Properties|null);
            attributes?: ("workflowExecutionStarted"|"workflowExecutionCompleted"|"workflowExecutionFailed"|"workflowTaskScheduled"|"workflowTaskStarted"|"workflowTaskCompleted"|"workflowTaskFailed"|"workflowTaskTimedOut"|"activityTaskScheduled"|"activityTaskStarted"|"activityTaskCompleted"|"activityTaskFailed"|"activityTaskTimedOut"|"activityTaskCancelRequested"|"activityTaskCanceled"|"timerStarted"|"timerFired"|"timerCanceled"|"markerRecorded");
            static create(properties: reprise.v1.HistoryEvent.$Shape): reprise.v1.HistoryEvent & reprise.v1.HistoryEvent.$Shape;
            static create(properties?: reprise.v1.HistoryEvent.$Properties): reprise.v1.HistoryEvent;
            static encode(message: reprise.v1.HistoryEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.HistoryEvent & reprise.v1.HistoryEvent.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.HistoryEvent;
            static toObject(message: reprise.v1.HistoryEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace HistoryEvent {
            interface $Properties {
                eventId?: (number|null);
                eventTimeMs?: (number|null);
                workflowExecutionStarted?: (reprise.v1.WorkflowExecutionStarted.$Properties|null);
                workflowExecutionCompleted?: (reprise.v1.WorkflowExecutionCompleted.$Properties|null);
                workflowExecutionFailed?: (reprise.v1.WorkflowExecutionFailed.$Properties|null);
                workflowTaskScheduled?: (reprise.v1.WorkflowTaskScheduled.$Properties|null);
                workflowTaskStarted?: (reprise.v1.WorkflowTaskStarted.$Properties|null);
                workflowTaskCompleted?: (reprise.v1.WorkflowTaskCompleted.$Properties|null);
                workflowTaskFailed?: (reprise.v1.WorkflowTaskFailed.$Properties|null);
                workflowTaskTimedOut?: (reprise.v1.WorkflowTaskTimedOut.$Properties|null);
                activityTaskScheduled?: (reprise.v1.ActivityTaskScheduled.$Properties|null);
                activityTaskStarted?: (reprise.v1.ActivityTaskStarted.$Properties|null);
                activityTaskCompleted?: (reprise.v1.ActivityTaskCompleted.$Properties|null);
                activityTaskFailed?: (reprise.v1.ActivityTaskFailed.$Properties|null);
                activityTaskTimedOut?: (reprise.v1.ActivityTaskTimedOut.$Properties|null);
                activityTaskCancelRequested?: (reprise.v1.ActivityTaskCancelRequested.$Properties|null);
                activityTaskCanceled?: (reprise.v1.ActivityTaskCanceled.$Properties|null);
                timerStarted?: (reprise.v1.TimerStarted.$Properties|null);
                timerFired?: (reprise.v1.TimerFired.$Properties|null);
                timerCanceled?: (reprise.v1.TimerCanceled.$Properties|null);
                markerRecorded?: (reprise.v1.MarkerRecorded.$Properties|null);
                attributes?: ("workflowExecutionStarted"|"workflowExecutionCompleted"|"workflowExecutionFailed"|"workflowTaskScheduled"|"workflowTaskStarted"|"workflowTaskCompleted"|"workflowTaskFailed"|"workflowTaskTimedOut"|"activityTaskScheduled"|"activityTaskStarted"|"activityTaskCompleted"|"activityTaskFailed"|"activityTaskTimedOut"|"activityTaskCancelRequested"|"activityTaskCanceled"|"timerStarted"|"timerFired"|"timerCanceled"|"markerRecorded");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              eventId?: number|null;
              eventTimeMs?: number|null;
              workflowExecutionStarted?: reprise.v1.WorkflowExecutionStarted.$Shape|null;
              workflowExecutionCompleted?: reprise.v1.WorkflowExecutionCompleted.$Shape|null;
              workflowExecutionFailed?: reprise.v1.WorkflowExecutionFailed.$Shape|null;
              workflowTaskScheduled?: reprise.v1.WorkflowTaskScheduled.$Shape|null;
              workflowTaskStarted?: reprise.v1.WorkflowTaskStarted.$Shape|null;
              workflowTaskCompleted?: reprise.v1.WorkflowTaskCompleted.$Shape|null;
              workflowTaskFailed?: reprise.v1.WorkflowTaskFailed.$Shape|null;
              workflowTaskTimedOut?: reprise.v1.WorkflowTaskTimedOut.$Shape|null;
              activityTaskScheduled?: reprise.v1.ActivityTaskScheduled.$Shape|null;
              activityTaskStarted?: reprise.v1.ActivityTaskStarted.$Shape|null;
              activityTaskCompleted?: reprise.v1.ActivityTaskCompleted.$Shape|null;
              activityTaskFailed?: reprise.v1.ActivityTaskFailed.$Shape|null;
              activityTaskTimedOut?: reprise.v1.ActivityTaskTimedOut.$Shape|null;
              activityTaskCancelRequested?: reprise.v1.ActivityTaskCancelRequested.$Shape|null;
              activityTaskCanceled?: reprise.v1.ActivityTaskCanceled.$Shape|null;
              timerStarted?: reprise.v1.TimerStarted.$Shape|null;
              timerFired?: reprise.v1.TimerFired.$Shape|null;
              timerCanceled?: reprise.v1.TimerCanceled.$Shape|null;
              markerRecorded?: reprise.v1.MarkerRecorded.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ attributes?: undefined; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "workflowExecutionStarted"; workflowExecutionStarted: reprise.v1.WorkflowExecutionStarted.$Shape; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "workflowExecutionCompleted"; workflowExecutionStarted?: null; workflowExecutionCompleted: reprise.v1.WorkflowExecutionCompleted.$Shape; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "workflowExecutionFailed"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed: reprise.v1.WorkflowExecutionFailed.$Shape; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "workflowTaskScheduled"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled: reprise.v1.WorkflowTaskScheduled.$Shape; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "workflowTaskStarted"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted: reprise.v1.WorkflowTaskStarted.$Shape; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "workflowTaskCompleted"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted: reprise.v1.WorkflowTaskCompleted.$Shape; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "workflowTaskFailed"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed: reprise.v1.WorkflowTaskFailed.$Shape; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "workflowTaskTimedOut"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut: reprise.v1.WorkflowTaskTimedOut.$Shape; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "activityTaskScheduled"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled: reprise.v1.ActivityTaskScheduled.$Shape; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "activityTaskStarted"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted: reprise.v1.ActivityTaskStarted.$Shape; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "activityTaskCompleted"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted: reprise.v1.ActivityTaskCompleted.$Shape; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "activityTaskFailed"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed: reprise.v1.ActivityTaskFailed.$Shape; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "activityTaskTimedOut"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut: reprise.v1.ActivityTaskTimedOut.$Shape; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "activityTaskCancelRequested"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested: reprise.v1.ActivityTaskCancelRequested.$Shape; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "activityTaskCanceled"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled: reprise.v1.ActivityTaskCanceled.$Shape; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "timerStarted"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted: reprise.v1.TimerStarted.$Shape; timerFired?: null; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "timerFired"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired: reprise.v1.TimerFired.$Shape; timerCanceled?: null; markerRecorded?: null }|{ attributes?: "timerCanceled"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled: reprise.v1.TimerCanceled.$Shape; markerRecorded?: null }|{ attributes?: "markerRecorded"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded: reprise.v1.MarkerRecorded.$Shape })
            );
        }

        interface IWorkflowExecutionStarted extends reprise.v1.WorkflowExecutionStarted.$Properties {
        }

        class WorkflowExecutionStarted {
            constructor(properties?: reprise.v1.WorkflowExecutionStarted.$Properties);
            $unknowns?: Uint8Array[];
            workflowType: string;
            taskQueue: string;
            input?: (reprise.v1.Payloads.$Properties|null);
            workflowTaskTimeoutMs: number;
            identity: string;
            requestId: string;
            workflowId: string;
            runId: string;
            static create(properties: reprise.v1.WorkflowExecutionStarted.$Shape): reprise.v1.WorkflowExecutionStarted & reprise.v1.WorkflowExecutionStarted.$Shape;
            static create(properties?: reprise.v1.WorkflowExecutionStarted.$Properties): reprise.v1.WorkflowExecutionStarted;
            static encode(message: reprise.v1.WorkflowExecutionStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowExecutionStarted & reprise.v1.WorkflowExecutionStarted.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowExecutionStarted;
            static toObject(message: reprise.v1.WorkflowExecutionStarted, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowExecutionStarted {
            interface $Properties {
                workflowType?: (string|null);
                taskQueue?: (string|null);
                input?: (reprise.v1.Payloads.$Properties|null);
                workflowTaskTimeoutMs?: (number|null);
                identity?: (string|null);
                requestId?: (string|null);
                workflowId?: (string|null);
                runId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.WorkflowExecutionStarted.$Properties;
        }

        interface IWorkflowExecutionCompleted extends reprise.v1.WorkflowExecutionCompleted.$Properties {
        }

        class WorkflowExecutionCompleted {
            constructor(properties?: reprise.v1.WorkflowExecutionCompleted.$Properties);
            $unknowns?: Uint8Array[];
            result?: (reprise.v1.Payloads.$Properties|null);
            workflowTaskCompletedEventId: number;
            static create(properties: reprise.v1.WorkflowExecutionCompleted.$Shape): reprise.v1.WorkflowExecutionCompleted & reprise.v1.WorkflowExecutionCompleted.$Shape;
            static create(properties?: reprise.v1.WorkflowExecutionCompleted.$Properties): reprise.v1.WorkflowExecutionCompleted;
            static encode(message: reprise.v1.WorkflowExecutionCompleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowExecutionCompleted & reprise.v1.WorkflowExecutionCompleted.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowExecutionCompleted;
            static toObject(message: reprise.v1.WorkflowExecutionCompleted, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowExecutionCompleted {
            interface $Properties {
                result?: (reprise.v1.Payloads.$Properties|null);
                workflowTaskCompletedEventId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.WorkflowExecutionCompleted.$Properties;
        }

        interface IWorkflowExecutionFailed extends reprise.v1.WorkflowExecutionFailed.$Properties {
        }

        class WorkflowExecutionFailed {
            constructor(properties?: reprise.v1.WorkflowExecutionFailed.$Properties);
            $unknowns?: Uint8Array[];
            failure?: (reprise.v1.Failure.$Properties|null);
            workflowTaskCompletedEventId: number;
            static create(properties: reprise.v1.WorkflowExecutionFailed.$Shape): reprise.v1.WorkflowExecutionFailed & reprise.v1.WorkflowExecutionFailed.$Shape;
            static create(properties?: reprise.v1.WorkflowExecutionFailed.$Properties): reprise.v1.WorkflowExecutionFailed;
            static encode(message: reprise.v1.WorkflowExecutionFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowExecutionFailed & reprise.v1.WorkflowExecutionFailed.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowExecutionFailed;
            static toObject(message: reprise.v1.WorkflowExecutionFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowExecutionFailed {
            interface $Properties {
                failure?: (reprise.v1.Failure.$Properties|null);
                workflowTaskCompletedEventId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              failure?: reprise.v1.Failure.$Shape|null;
              workflowTaskCompletedEventId?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IWorkflowTaskScheduled extends reprise.v1.WorkflowTaskScheduled.$Properties {
        }

        class WorkflowTaskScheduled {
            constructor(properties?: reprise.v1.WorkflowTaskScheduled.$Properties);
            $unknowns?: Uint8Array[];
            taskQueue: string;
            attempt: number;
            startToCloseTimeoutMs: number;
            static create(properties: reprise.v1.WorkflowTaskScheduled.$Shape): reprise.v1.WorkflowTaskScheduled & reprise.v1.WorkflowTaskScheduled.$Shape;
            static create(properties?: reprise.v1.WorkflowTaskScheduled.$Properties): reprise.v1.WorkflowTaskScheduled;
            static encode(message: reprise.v1.WorkflowTaskScheduled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowTaskScheduled & reprise.v1.WorkflowTaskScheduled.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowTaskScheduled;
            static toObject(message: reprise.v1.WorkflowTaskScheduled, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowTaskScheduled {
            interface $Properties {
                taskQueue?: (string|null);
                attempt?: (number|null);
                startToCloseTimeoutMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.WorkflowTaskScheduled.$Properties;
        }

        interface IWorkflowTaskStarted extends reprise.v1.WorkflowTaskStarted.$Properties {
        }

        class WorkflowTaskStarted {
            constructor(properties?: reprise.v1.WorkflowTaskStarted.$Properties);
            $unknowns?: Uint8Array[];
            scheduledEventId: number;
            identity: string;
            static create(properties: reprise.v1.WorkflowTaskStarted.$Shape): reprise.v1.WorkflowTaskStarted & reprise.v1.WorkflowTaskStarted.$Shape;
            static create(properties?: reprise.v1.WorkflowTaskStarted.$Properties): reprise.v1.WorkflowTaskStarted;
            static encode(message: reprise.v1.WorkflowTaskStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowTaskStarted & reprise.v1.WorkflowTaskStarted.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowTaskStarted;
            static toObject(message: reprise.v1.WorkflowTaskStarted, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowTaskStarted {
            interface $Properties {
                scheduledEventId?: (number|null);
                identity?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.WorkflowTaskStarted.$Properties;
        }

        interface IWorkflowTaskCompleted extends reprise.v1.WorkflowTaskCompleted.$Properties {
        }

        class WorkflowTaskCompleted {
            constructor(properties?: reprise.v1.WorkflowTaskCompleted.$Properties);
            $unknowns?: Uint8Array[];
            scheduledEventId: number;
            startedEventId: number;
            identity: string;
            static create(properties: reprise.v1.WorkflowTaskCompleted.$Shape): reprise.v1.WorkflowTaskCompleted & reprise.v1.WorkflowTaskCompleted.$Shape;
            static create(properties?: reprise.v1.WorkflowTaskCompleted.$Properties): reprise.v1.WorkflowTaskCompleted;
            static encode(message: reprise.v1.WorkflowTaskCompleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowTaskCompleted & reprise.v1.WorkflowTaskCompleted.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowTaskCompleted;
            static toObject(message: reprise.v1.WorkflowTaskCompleted, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowTaskCompleted {
            interface $Properties {
                scheduledEventId?: (number|null);
                startedEventId?: (number|null);
                identity?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.WorkflowTaskCompleted.$Properties;
        }

        interface IWorkflowTaskFailed extends reprise.v1.WorkflowTaskFailed.$Properties {
        }

        class WorkflowTaskFailed {
            constructor(properties?: reprise.v1.WorkflowTaskFailed.$Properties);
            $unknowns?: Uint8Array[];
            scheduledEventId: number;
            startedEventId: number;
            cause: string;
            failure?: (reprise.v1.Failure.$Properties|null);
            identity: string;
            static create(properties: reprise.v1.WorkflowTaskFailed.$Shape): reprise.v1.WorkflowTaskFailed & reprise.v1.WorkflowTaskFailed.$Shape;
            static create(properties?: reprise.v1.WorkflowTaskFailed.$Properties): reprise.v1.WorkflowTaskFailed;
            static encode(message: reprise.v1.WorkflowTaskFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowTaskFailed & reprise.v1.WorkflowTaskFailed.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowTaskFailed;
            static toObject(message: reprise.v1.WorkflowTaskFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowTaskFailed {
            interface $Properties {
                scheduledEventId?: (number|null);
                startedEventId?: (number|null);
                cause?: (string|null);
                failure?: (reprise.v1.Failure.$Properties|null);
                identity?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              scheduledEventId?: number|null;
              startedEventId?: number|null;
              cause?: string|null;
              failure?: reprise.v1.Failure.$Shape|null;
              identity?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IWorkflowTaskTimedOut extends reprise.v1.WorkflowTaskTimedOut.$Properties {
        }

        class WorkflowTaskTimedOut {
            constructor(properties?: reprise.v1.WorkflowTaskTimedOut.$Properties);
            $unknowns?: Uint8Array[];
            scheduledEventId: number;
            startedEventId: number;
            timeoutType: reprise.v1.TimeoutType;
            static create(properties: reprise.v1.WorkflowTaskTimedOut.$Shape): reprise.v1.WorkflowTaskTimedOut & reprise.v1.WorkflowTaskTimedOut.$Shape;
            static create(properties?: reprise.v1.WorkflowTaskTimedOut.$Properties): reprise.v1.WorkflowTaskTimedOut;
            static encode(message: reprise.v1.WorkflowTaskTimedOut.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowTaskTimedOut & reprise.v1.WorkflowTaskTimedOut.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowTaskTimedOut;
            static toObject(message: reprise.v1.WorkflowTaskTimedOut, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowTaskTimedOut {
            interface $Properties {
                scheduledEventId?: (number|null);
                startedEventId?: (number|null);
                timeoutType?: (reprise.v1.TimeoutType|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.WorkflowTaskTimedOut.$Properties;
        }

        interface IActivityTaskScheduled extends reprise.v1.ActivityTaskScheduled.$Properties {
        }

        class ActivityTaskScheduled {
            constructor(properties?: reprise.v1.ActivityTaskScheduled.$Properties);
            $unknowns?: Uint8Array[];
            activityId: string;
            activityType: string;
            taskQueue: string;
            input?: (reprise.v1.Payloads.$Properties|null);
            scheduleToCloseTimeoutMs: number;
            scheduleToStartTimeoutMs: number;
            startToCloseTimeoutMs: number;
            heartbeatTimeoutMs: number;
            retryPolicy?: (reprise.v1.RetryPolicy.$Properties|null);
            workflowTaskCompletedEventId: number;
            static create(properties: reprise.v1.ActivityTaskScheduled.$Shape): reprise.v1.ActivityTaskScheduled & reprise.v1.ActivityTaskScheduled.$Shape;
            static create(properties?: reprise.v1.ActivityTaskScheduled.$Properties): reprise.v1.ActivityTaskScheduled;
            static encode(message: reprise.v1.ActivityTaskScheduled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ActivityTaskScheduled & reprise.v1.ActivityTaskScheduled.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ActivityTaskScheduled;
            static toObject(message: reprise.v1.ActivityTaskScheduled, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ActivityTaskScheduled {
            interface $Properties {
                activityId?: (string|null);
                activityType?: (string|null);
                taskQueue?: (string|null);
                input?: (reprise.v1.Payloads.$Properties|null);
                scheduleToCloseTimeoutMs?: (number|null);
                scheduleToStartTimeoutMs?: (number|null);
                startToCloseTimeoutMs?: (number|null);
                heartbeatTimeoutMs?: (number|null);
                retryPolicy?: (reprise.v1.RetryPolicy.$Properties|null);
                workflowTaskCompletedEventId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ActivityTaskScheduled.$Properties;
        }

        interface IActivityTaskStarted extends reprise.v1.ActivityTaskStarted.$Properties {
        }

        class ActivityTaskStarted {
            constructor(properties?: reprise.v1.ActivityTaskStarted.$Properties);
            $unknowns?: Uint8Array[];
            scheduledEventId: number;
            identity: string;
            attempt: number;
            lastFailure?: (reprise.v1.Failure.$Properties|null);
            startedTimeMs: number;
            static create(properties: reprise.v1.ActivityTaskStarted.$Shape): reprise.v1.ActivityTaskStarted & reprise.v1.ActivityTaskStarted.$Shape;
            static create(properties?: reprise.v1.ActivityTaskStarted.$Properties): reprise.v1.ActivityTaskStarted;
            static encode(message: reprise.v1.ActivityTaskStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ActivityTaskStarted & reprise.v1.ActivityTaskStarted.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ActivityTaskStarted;
            static toObject(message: reprise.v1.ActivityTaskStarted, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ActivityTaskStarted {
            interface $Properties {
                scheduledEventId?: (number|null);
                identity?: (string|null);
                attempt?: (number|null);
                lastFailure?: (reprise.v1.Failure.$Properties|null);
                startedTimeMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              scheduledEventId?: number|null;
              identity?: string|null;
              attempt?: number|null;
              lastFailure?: reprise.v1.Failure.$Shape|null;
              startedTimeMs?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IActivityTaskCompleted extends reprise.v1.ActivityTaskCompleted.$Properties {
        }

        class ActivityTaskCompleted {
            constructor(properties?: reprise.v1.ActivityTaskCompleted.$Properties);
            $unknowns?: Uint8Array[];
            scheduledEventId: number;
            startedEventId: number;
            result?: (reprise.v1.Payloads.$Properties|null);
            identity: string;
            static create(properties: reprise.v1.ActivityTaskCompleted.$Shape): reprise.v1.ActivityTaskCompleted & reprise.v1.ActivityTaskCompleted.$Shape;
            static create(properties?: reprise.v1.ActivityTaskCompleted.$Properties): reprise.v1.ActivityTaskCompleted;
            static encode(message: reprise.v1.ActivityTaskCompleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ActivityTaskCompleted & reprise.v1.ActivityTaskCompleted.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ActivityTaskCompleted;
            static toObject(message: reprise.v1.ActivityTaskCompleted, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ActivityTaskCompleted {
            interface $Properties {
                scheduledEventId?: (number|null);
                startedEventId?: (number|null);
                result?: (reprise.v1.Payloads.$Properties|null);
                identity?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ActivityTaskCompleted.$Properties;
        }

        interface IActivityTaskFailed extends reprise.v1.ActivityTaskFailed.$Properties {
        }

        class ActivityTaskFailed {
            constructor(properties?: reprise.v1.ActivityTaskFailed.$Properties);
            $unknowns?: Uint8Array[];
            scheduledEventId: number;
            startedEventId: number;
            failure?: (reprise.v1.Failure.$Properties|null);
            retryState: reprise.v1.RetryState;
            identity: string;
            static create(properties: reprise.v1.ActivityTaskFailed.$Shape): reprise.v1.ActivityTaskFailed & reprise.v1.ActivityTaskFailed.$Shape;
            static create(properties?: reprise.v1.ActivityTaskFailed.$Properties): reprise.v1.ActivityTaskFailed;
            static encode(message: reprise.v1.ActivityTaskFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ActivityTaskFailed & reprise.v1.ActivityTaskFailed.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ActivityTaskFailed;
            static toObject(message: reprise.v1.ActivityTaskFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ActivityTaskFailed {
            interface $Properties {
                scheduledEventId?: (number|null);
                startedEventId?: (number|null);
                failure?: (reprise.v1.Failure.$Properties|null);
                retryState?: (reprise.v1.RetryState|null);
                identity?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              scheduledEventId?: number|null;
              startedEventId?: number|null;
              failure?: reprise.v1.Failure.$Shape|null;
              retryState?: reprise.v1.RetryState|null;
              identity?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IActivityTaskTimedOut extends reprise.v1.ActivityTaskTimedOut.$Properties {
        }

        class ActivityTaskTimedOut {
            constructor(properties?: reprise.v1.ActivityTaskTimedOut.$Properties);
            $unknowns?: Uint8Array[];
            scheduledEventId: number;
            startedEventId: number;
            failure?: (reprise.v1.Failure.$Properties|null);
            retryState: reprise.v1.RetryState;
            static create(properties: reprise.v1.ActivityTaskTimedOut.$Shape): reprise.v1.ActivityTaskTimedOut & reprise.v1.ActivityTaskTimedOut.$Shape;
            static create(properties?: reprise.v1.ActivityTaskTimedOut.$Properties): reprise.v1.ActivityTaskTimedOut;
            static encode(message: reprise.v1.ActivityTaskTimedOut.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ActivityTaskTimedOut & reprise.v1.ActivityTaskTimedOut.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ActivityTaskTimedOut;
            static toObject(message: reprise.v1.ActivityTaskTimedOut, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ActivityTaskTimedOut {
            interface $Properties {
                scheduledEventId?: (number|null);
                startedEventId?: (number|null);
                failure?: (reprise.v1.Failure.$Properties|null);
                retryState?: (reprise.v1.RetryState|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              scheduledEventId?: number|null;
              startedEventId?: number|null;
              failure?: reprise.v1.Failure.$Shape|null;
              retryState?: reprise.v1.RetryState|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IActivityTaskCancelRequested extends reprise.v1.ActivityTaskCancelRequested.$Properties {
        }

        class ActivityTaskCancelRequested {
            constructor(properties?: reprise.v1.ActivityTaskCancelRequested.$Properties);
            $unknowns?: Uint8Array[];
            scheduledEventId: number;
            activityId: string;
            workflowTaskCompletedEventId: number;
            static create(properties: reprise.v1.ActivityTaskCancelRequested.$Shape): reprise.v1.ActivityTaskCancelRequested & reprise.v1.ActivityTaskCancelRequested.$Shape;
            static create(properties?: reprise.v1.ActivityTaskCancelRequested.$Properties): reprise.v1.ActivityTaskCancelRequested;
            static encode(message: reprise.v1.ActivityTaskCancelRequested.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ActivityTaskCancelRequested & reprise.v1.ActivityTaskCancelRequested.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ActivityTaskCancelRequested;
            static toObject(message: reprise.v1.ActivityTaskCancelRequested, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ActivityTaskCancelRequested {
            interface $Properties {
                scheduledEventId?: (number|null);
                activityId?: (string|null);
                workflowTaskCompletedEventId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ActivityTaskCancelRequested.$Properties;
        }

        interface IActivityTaskCanceled extends reprise.v1.ActivityTaskCanceled.$Properties {
        }

        class ActivityTaskCanceled {
            constructor(properties?: reprise.v1.ActivityTaskCanceled.$Properties);
            $unknowns?: Uint8Array[];
            scheduledEventId: number;
            startedEventId: number;
            latestCancelRequestedEventId: number;
            failure?: (reprise.v1.Failure.$Properties|null);
            identity: string;
            static create(properties: reprise.v1.ActivityTaskCanceled.$Shape): reprise.v1.ActivityTaskCanceled & reprise.v1.ActivityTaskCanceled.$Shape;
            static create(properties?: reprise.v1.ActivityTaskCanceled.$Properties): reprise.v1.ActivityTaskCanceled;
            static encode(message: reprise.v1.ActivityTaskCanceled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ActivityTaskCanceled & reprise.v1.ActivityTaskCanceled.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ActivityTaskCanceled;
            static toObject(message: reprise.v1.ActivityTaskCanceled, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ActivityTaskCanceled {
            interface $Properties {
                scheduledEventId?: (number|null);
                startedEventId?: (number|null);
                latestCancelRequestedEventId?: (number|null);
                failure?: (reprise.v1.Failure.$Properties|null);
                identity?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              scheduledEventId?: number|null;
              startedEventId?: number|null;
              latestCancelRequestedEventId?: number|null;
              failure?: reprise.v1.Failure.$Shape|null;
              identity?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface ITimerStarted extends reprise.v1.TimerStarted.$Properties {
        }

        class TimerStarted {
            constructor(properties?: reprise.v1.TimerStarted.$Properties);
            $unknowns?: Uint8Array[];
            timerId: string;
            startToFireTimeoutMs: number;
            workflowTaskCompletedEventId: number;
            static create(properties: reprise.v1.TimerStarted.$Shape): reprise.v1.TimerStarted & reprise.v1.TimerStarted.$Shape;
            static create(properties?: reprise.v1.TimerStarted.$Properties): reprise.v1.TimerStarted;
            static encode(message: reprise.v1.TimerStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.TimerStarted & reprise.v1.TimerStarted.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.TimerStarted;
            static toObject(message: reprise.v1.TimerStarted, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TimerStarted {
            interface $Properties {
                timerId?: (string|null);
                startToFireTimeoutMs?: (number|null);
                workflowTaskCompletedEventId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.TimerStarted.$Properties;
        }

        interface ITimerFired extends reprise.v1.TimerFired.$Properties {
        }

        class TimerFired {
            constructor(properties?: reprise.v1.TimerFired.$Properties);
            $unknowns?: Uint8Array[];
            timerId: string;
            startedEventId: number;
            static create(properties: reprise.v1.TimerFired.$Shape): reprise.v1.TimerFired & reprise.v1.TimerFired.$Shape;
            static create(properties?: reprise.v1.TimerFired.$Properties): reprise.v1.TimerFired;
            static encode(message: reprise.v1.TimerFired.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.TimerFired & reprise.v1.TimerFired.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.TimerFired;
            static toObject(message: reprise.v1.TimerFired, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TimerFired {
            interface $Properties {
                timerId?: (string|null);
                startedEventId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.TimerFired.$Properties;
        }

        interface ITimerCanceled extends reprise.v1.TimerCanceled.$Properties {
        }

        class TimerCanceled {
            constructor(properties?: reprise.v1.TimerCanceled.$Properties);
            $unknowns?: Uint8Array[];
            timerId: string;
            startedEventId: number;
            workflowTaskCompletedEventId: number;
            static create(properties: reprise.v1.TimerCanceled.$Shape): reprise.v1.TimerCanceled & reprise.v1.TimerCanceled.$Shape;
            static create(properties?: reprise.v1.TimerCanceled.$Properties): reprise.v1.TimerCanceled;
            static encode(message: reprise.v1.TimerCanceled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.TimerCanceled & reprise.v1.TimerCanceled.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.TimerCanceled;
            static toObject(message: reprise.v1.TimerCanceled, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TimerCanceled {
            interface $Properties {
                timerId?: (string|null);
                startedEventId?: (number|null);
                workflowTaskCompletedEventId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.TimerCanceled.$Properties;
        }

        interface IMarkerRecorded extends reprise.v1.MarkerRecorded.$Properties {
        }

        class MarkerRecorded {
            constructor(properties?: reprise.v1.MarkerRecorded.$Properties);
            $unknowns?: Uint8Array[];
            markerName: string;
            details: { [k: string]: reprise.v1.Payloads.$Properties };
            workflowTaskCompletedEventId: number;
            failure?: (reprise.v1.Failure.$Properties|null);
            static create(properties: reprise.v1.MarkerRecorded.$Shape): reprise.v1.MarkerRecorded & reprise.v1.MarkerRecorded.$Shape;
            static create(properties?: reprise.v1.MarkerRecorded.$Properties): reprise.v1.MarkerRecorded;
            static encode(message: reprise.v1.MarkerRecorded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.MarkerRecorded & reprise.v1.MarkerRecorded.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.MarkerRecorded;
            static toObject(message: reprise.v1.MarkerRecorded, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace MarkerRecorded {
            interface $Properties {
                markerName?: (string|null);
                details?: ({ [k: string]: reprise.v1.Payloads.$Properties }|null);
                workflowTaskCompletedEventId?: (number|null);
                failure?: (reprise.v1.Failure.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              markerName?: string|null;
              details?: { [k: string]: reprise.v1.Payloads.$Shape }|null;
              workflowTaskCompletedEventId?: number|null;
              failure?: reprise.v1.Failure.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IEmpty extends reprise.v1.Empty.$Properties {
        }

        class Empty {
            constructor(properties?: reprise.v1.Empty.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: reprise.v1.Empty.$Shape): reprise.v1.Empty & reprise.v1.Empty.$Shape;
            static create(properties?: reprise.v1.Empty.$Properties): reprise.v1.Empty;
            static encode(message: reprise.v1.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.Empty & reprise.v1.Empty.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.Empty;
            static toObject(message: reprise.v1.Empty, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Empty {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.Empty.$Properties;
        }

        interface IPollTaskRequest extends reprise.v1.PollTaskRequest.$Properties {
        }

        class PollTaskRequest {
            constructor(properties?: reprise.v1.PollTaskRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            taskQueue: string;
            identity: string;
            waitMs: number;
            static create(properties: reprise.v1.PollTaskRequest.$Shape): reprise.v1.PollTaskRequest & reprise.v1.PollTaskRequest.$Shape;
            static create(properties?: reprise.v1.PollTaskRequest.$Properties): reprise.v1.PollTaskRequest;
            static encode(message: reprise.v1.PollTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.PollTaskRequest & reprise.v1.PollTaskRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.PollTaskRequest;
            static toObject(message: reprise.v1.PollTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace PollTaskRequest {
            interface $Properties {
                namespace?: (string|null);
                taskQueue?: (string|null);
                identity?: (string|null);
                waitMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.PollTaskRequest.$Properties;
        }

        interface ITaskToken extends reprise.v1.TaskToken.$Properties {
        }

        class TaskToken {
            constructor(properties?: reprise.v1.TaskToken.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            workflowId: string;
            runId: string;
            scheduledEventId: number;
            startedEventId: number;
            attempt: number;
            activity: boolean;
            static create(properties: reprise.v1.TaskToken.$Shape): reprise.v1.TaskToken & reprise.v1.TaskToken.$Shape;
            static create(properties?: reprise.v1.TaskToken.$Properties): reprise.v1.TaskToken;
            static encode(message: reprise.v1.TaskToken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.TaskToken & reprise.v1.TaskToken.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.TaskToken;
            static toObject(message: reprise.v1.TaskToken, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskToken {
            interface $Properties {
                namespace?: (string|null);
                workflowId?: (string|null);
                runId?: (string|null);
                scheduledEventId?: (number|null);
                startedEventId?: (number|null);
                attempt?: (number|null);
                activity?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.TaskToken.$Properties;
        }

        interface IWorkflowTask extends reprise.v1.WorkflowTask.$Properties {
        }

        class WorkflowTask {
            constructor(properties?: reprise.v1.WorkflowTask.$Properties);
            $unknowns?: Uint8Array[];
            taskToken: Uint8Array;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            workflowType: string;
            history: reprise.v1.HistoryEvent.$Properties[];
            attempt: number;
            taskQueue: string;
            static create(properties: reprise.v1.WorkflowTask.$Shape): reprise.v1.WorkflowTask & reprise.v1.WorkflowTask.$Shape;
            static create(properties?: reprise.v1.WorkflowTask.$Properties): reprise.v1.WorkflowTask;
            static encode(message: reprise.v1.WorkflowTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowTask & reprise.v1.WorkflowTask.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowTask;
            static toObject(message: reprise.v1.WorkflowTask, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowTask {
            interface $Properties {
                taskToken?: (Uint8Array|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                workflowType?: (string|null);
                history?: (reprise.v1.HistoryEvent.$Properties[]|null);
                attempt?: (number|null);
                taskQueue?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              taskToken?: Uint8Array|null;
              execution?: reprise.v1.WorkflowExecution.$Shape|null;
              workflowType?: string|null;
              history?: reprise.v1.HistoryEvent.$Shape[]|null;
              attempt?: number|null;
              taskQueue?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface ICompleteWorkflowTaskRequest extends reprise.v1.CompleteWorkflowTaskRequest.$Properties {
        }

        class CompleteWorkflowTaskRequest {
            constructor(properties?: reprise.v1.CompleteWorkflowTaskRequest.$Properties);
            $unknowns?: Uint8Array[];
            taskToken: Uint8Array;
            commands: reprise.v1.Command.$Properties[];
            identity: string;
            static create(properties: reprise.v1.CompleteWorkflowTaskRequest.$Shape): reprise.v1.CompleteWorkflowTaskRequest & reprise.v1.CompleteWorkflowTaskRequest.$Shape;
            static create(properties?: reprise.v1.CompleteWorkflowTaskRequest.$Properties): reprise.v1.CompleteWorkflowTaskRequest;
            static encode(message: reprise.v1.CompleteWorkflowTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.CompleteWorkflowTaskRequest & reprise.v1.CompleteWorkflowTaskRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.CompleteWorkflowTaskRequest;
            static toObject(message: reprise.v1.CompleteWorkflowTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CompleteWorkflowTaskRequest {
            interface $Properties {
                taskToken?: (Uint8Array|null);
                commands?: (reprise.v1.Command.$Properties[]|null);
                identity?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              taskToken?: Uint8Array|null;
              commands?: reprise.v1.Command.$Shape[]|null;
              identity?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IFailWorkflowTaskRequest extends reprise.v1.FailWorkflowTaskRequest.$Properties {
        }

        class FailWorkflowTaskRequest {
            constructor(properties?: reprise.v1.FailWorkflowTaskRequest.$Properties);
            $unknowns?: Uint8Array[];
            taskToken: Uint8Array;
            cause: string;
            failure?: (reprise.v1.Failure.$Properties|null);
            identity: string;
            static create(properties: reprise.v1.FailWorkflowTaskRequest.$Shape): reprise.v1.FailWorkflowTaskRequest & reprise.v1.FailWorkflowTaskRequest.$Shape;
            static create(properties?: reprise.v1.FailWorkflowTaskRequest.$Properties): reprise.v1.FailWorkflowTaskRequest;
            static encode(message: reprise.v1.FailWorkflowTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.FailWorkflowTaskRequest & reprise.v1.FailWorkflowTaskRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.FailWorkflowTaskRequest;
            static toObject(message: reprise.v1.FailWorkflowTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace FailWorkflowTaskRequest {
            interface $Properties {
                taskToken?: (Uint8Array|null);
                cause?: (string|null);
                failure?: (reprise.v1.Failure.$Properties|null);
                identity?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              taskToken?: Uint8Array|null;
              cause?: string|null;
              failure?: reprise.v1.Failure.$Shape|null;
              identity?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IActivityTask extends reprise.v1.ActivityTask.$Properties {
        }

        class ActivityTask {
            constructor(properties?: reprise.v1.ActivityTask.$Properties);
            $unknowns?: Uint8Array[];
            taskToken: Uint8Array;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            workflowType: string;
            activityId: string;
            activityType: string;
            input?: (reprise.v1.Payloads.$Properties|null);
            attempt: number;
            scheduledTimeMs: number;
            startedTimeMs: number;
            startToCloseTimeoutMs: number;
            heartbeatTimeoutMs: number;
            taskQueue: string;
            scheduledEventId: number;
            heartbeatDetails?: (reprise.v1.Payloads.$Properties|null);
            scheduleToCloseTimeoutMs: number;
            currentAttemptScheduledTimeMs: number;
            static create(properties: reprise.v1.ActivityTask.$Shape): reprise.v1.ActivityTask & reprise.v1.ActivityTask.$Shape;
            static create(properties?: reprise.v1.ActivityTask.$Properties): reprise.v1.ActivityTask;
            static encode(message: reprise.v1.ActivityTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ActivityTask & reprise.v1.ActivityTask.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ActivityTask;
            static toObject(message: reprise.v1.ActivityTask, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ActivityTask {
            interface $Properties {
                taskToken?: (Uint8Array|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                workflowType?: (string|null);
                activityId?: (string|null);
                activityType?: (string|null);
                input?: (reprise.v1.Payloads.$Properties|null);
                attempt?: (number|null);
                scheduledTimeMs?: (number|null);
                startedTimeMs?: (number|null);
                startToCloseTimeoutMs?: (number|null);
                heartbeatTimeoutMs?: (number|null);
                taskQueue?: (string|null);
                scheduledEventId?: (number|null);
                heartbeatDetails?: (reprise.v1.Payloads.$Properties|null);
                scheduleToCloseTimeoutMs?: (number|null);
                currentAttemptScheduledTimeMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ActivityTask.$Properties;
        }

        interface IRecordActivityTaskHeartbeatRequest extends reprise.v1.RecordActivityTaskHeartbeatRequest.$Properties {
        }

        class RecordActivityTaskHeartbeatRequest {
            constructor(properties?: reprise.v1.RecordActivityTaskHeartbeatRequest.$Properties);
            $unknowns?: Uint8Array[];
            taskToken: Uint8Array;
            details?: (reprise.v1.Payloads.$Properties|null);
            identity: string;
            static create(properties: reprise.v1.RecordActivityTaskHeartbeatRequest.$Shape): reprise.v1.RecordActivityTaskHeartbeatRequest & reprise.v1.RecordActivityTaskHeartbeatRequest.$Shape;
            static create(properties?: reprise.v1.RecordActivityTaskHeartbeatRequest.$Properties): reprise.v1.RecordActivityTaskHeartbeatRequest;
            static encode(message: reprise.v1.RecordActivityTaskHeartbeatRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.RecordActivityTaskHeartbeatRequest & reprise.v1.RecordActivityTaskHeartbeatRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.RecordActivityTaskHeartbeatRequest;
            static toObject(message: reprise.v1.RecordActivityTaskHeartbeatRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RecordActivityTaskHeartbeatRequest {
            interface $Properties {
                taskToken?: (Uint8Array|null);
                details?: (reprise.v1.Payloads.$Properties|null);
                identity?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.RecordActivityTaskHeartbeatRequest.$Properties;
        }

        interface IRecordActivityTaskHeartbeatResponse extends reprise.v1.RecordActivityTaskHeartbeatResponse.$Properties {
        }

        class RecordActivityTaskHeartbeatResponse {
            constructor(properties?: reprise.v1.RecordActivityTaskHeartbeatResponse.$Properties);
            $unknowns?: Uint8Array[];
            cancelRequested: boolean;
            static create(properties: reprise.v1.RecordActivityTaskHeartbeatResponse.$Shape): reprise.v1.RecordActivityTaskHeartbeatResponse & reprise.v1.RecordActivityTaskHeartbeatResponse.$Shape;
            static create(properties?: reprise.v1.RecordActivityTaskHeartbeatResponse.$Properties): reprise.v1.RecordActivityTaskHeartbeatResponse;
            static encode(message: reprise.v1.RecordActivityTaskHeartbeatResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.RecordActivityTaskHeartbeatResponse & reprise.v1.RecordActivityTaskHeartbeatResponse.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.RecordActivityTaskHeartbeatResponse;
            static toObject(message: reprise.v1.RecordActivityTaskHeartbeatResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RecordActivityTaskHeartbeatResponse {
            interface $Properties {
                cancelRequested?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.RecordActivityTaskHeartbeatResponse.$Properties;
        }

        interface ICompleteActivityTaskRequest extends reprise.v1.CompleteActivityTaskRequest.$Properties {
        }

        class CompleteActivityTaskRequest {
            constructor(properties?: reprise.v1.CompleteActivityTaskRequest.$Properties);
            $unknowns?: Uint8Array[];
            taskToken: Uint8Array;
            result?: (reprise.v1.Payloads.$Properties|null);
            identity: string;
            static create(properties: reprise.v1.CompleteActivityTaskRequest.$Shape): reprise.v1.CompleteActivityTaskRequest & reprise.v1.CompleteActivityTaskRequest.$Shape;
            static create(properties?: reprise.v1.CompleteActivityTaskRequest.$Properties): reprise.v1.CompleteActivityTaskRequest;
            static encode(message: reprise.v1.CompleteActivityTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.CompleteActivityTaskRequest & reprise.v1.CompleteActivityTaskRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.CompleteActivityTaskRequest;
            static toObject(message: reprise.v1.CompleteActivityTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CompleteActivityTaskRequest {
            interface $Properties {
                taskToken?: (Uint8Array|null);
                result?: (reprise.v1.Payloads.$Properties|null);
                identity?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.CompleteActivityTaskRequest.$Properties;
        }

        interface IFailActivityTaskRequest extends reprise.v1.FailActivityTaskRequest.$Properties {
        }

        class FailActivityTaskRequest {
            constructor(properties?: reprise.v1.FailActivityTaskRequest.$Properties);
            $unknowns?: Uint8Array[];
            taskToken: Uint8Array;
            failure?: (reprise.v1.Failure.$Properties|null);
            identity: string;
            static create(properties: reprise.v1.FailActivityTaskRequest.$Shape): reprise.v1.FailActivityTaskRequest & reprise.v1.FailActivityTaskRequest.$Shape;
            static create(properties?: reprise.v1.FailActivityTaskRequest.$Properties): reprise.v1.FailActivityTaskRequest;
            static encode(message: reprise.v1.FailActivityTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.FailActivityTaskRequest & reprise.v1.FailActivityTaskRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.FailActivityTaskRequest;
            static toObject(message: reprise.v1.FailActivityTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace FailActivityTaskRequest {
            interface $Properties {
                taskToken?: (Uint8Array|null);
                failure?: (reprise.v1.Failure.$Properties|null);
                identity?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              taskToken?: Uint8Array|null;
              failure?: reprise.v1.Failure.$Shape|null;
              identity?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IWorkerHello extends reprise.v1.WorkerHello.$Properties {
        }

        class WorkerHello {
            constructor(properties?: reprise.v1.WorkerHello.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            taskQueue: string;
            identity: string;
            maxTaskQueueActivitiesPerSecond: number;
            static create(properties: reprise.v1.WorkerHello.$Shape): reprise.v1.WorkerHello & reprise.v1.WorkerHello.$Shape;
            static create(properties?: reprise.v1.WorkerHello.$Properties): reprise.v1.WorkerHello;
            static encode(message: reprise.v1.WorkerHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkerHello & reprise.v1.WorkerHello.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkerHello;
            static toObject(message: reprise.v1.WorkerHello, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkerHello {
            interface $Properties {
                namespace?: (string|null);
                taskQueue?: (string|null);
                identity?: (string|null);
                maxTaskQueueActivitiesPerSecond?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.WorkerHello.$Properties;
        }

        interface ISlotGrant extends reprise.v1.SlotGrant.$Properties {
        }

        class SlotGrant {
            constructor(properties?: reprise.v1.SlotGrant.$Properties);
            $unknowns?: Uint8Array[];
            workflowSlots: number;
            activitySlots: number;
            static create(properties: reprise.v1.SlotGrant.$Shape): reprise.v1.SlotGrant & reprise.v1.SlotGrant.$Shape;
            static create(properties?: reprise.v1.SlotGrant.$Properties): reprise.v1.SlotGrant;
            static encode(message: reprise.v1.SlotGrant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.SlotGrant & reprise.v1.SlotGrant.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.SlotGrant;
            static toObject(message: reprise.v1.SlotGrant, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SlotGrant {
            interface $Properties {
                workflowSlots?: (number|null);
                activitySlots?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.SlotGrant.$Properties;
        }

        interface IWorkerMessage extends reprise.v1.WorkerMessage.$Properties {
        }

        class WorkerMessage {
            constructor(properties?: reprise.v1.WorkerMessage.$Properties);
            $unknowns?: Uint8Array[];
            ref: number;
            hello?: (reprise.v1.WorkerHello.$Properties|null);
            grant?: (reprise.v1.SlotGrant.$Properties|null);
            completeWorkflowTask?: (reprise.v1.CompleteWorkflowTaskRequest.$Properties|null);
            failWorkflowTask?: (reprise.v1.FailWorkflowTaskRequest.$Properties|null);
            completeActivityTask?: (reprise.v1.CompleteActivityTaskRequest.$Properties|null);
            failActivityTask?: (reprise.v1.FailActivityTaskRequest.$Properties|null);
            drain?: (reprise.v1.Drain.$Properties|null);
            heartbeat?: (reprise.v1.RecordActivityTaskHeartbeatRequest.$Properties|null);
            message?: ("hello"|"grant"|"completeWorkflowTask"|"failWorkflowTask"|"completeActivityTask"|"failActivityTask"|"drain"|"heartbeat");
            static create(properties: reprise.v1.WorkerMessage.$Shape): reprise.v1.WorkerMessage & reprise.v1.WorkerMessage.$Shape;
            static create(properties?: reprise.v1.WorkerMessage.$Properties): reprise.v1.WorkerMessage;
            static encode(message: reprise.v1.WorkerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkerMessage & reprise.v1.WorkerMessage.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkerMessage;
            static toObject(message: reprise.v1.WorkerMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkerMessage {
            interface $Properties {
                ref?: (number|null);
                hello?: (reprise.v1.WorkerHello.$Properties|null);
                grant?: (reprise.v1.SlotGrant.$Properties|null);
                completeWorkflowTask?: (reprise.v1.CompleteWorkflowTaskRequest.$Properties|null);
                failWorkflowTask?: (reprise.v1.FailWorkflowTaskRequest.$Properties|null);
                completeActivityTask?: (reprise.v1.CompleteActivityTaskRequest.$Properties|null);
                failActivityTask?: (reprise.v1.FailActivityTaskRequest.$Properties|null);
                drain?: (reprise.v1.Drain.$Properties|null);
                heartbeat?: (reprise.v1.RecordActivityTaskHeartbeatRequest.$Properties|null);
                message?: ("hello"|"grant"|"completeWorkflowTask"|"failWorkflowTask"|"completeActivityTask"|"failActivityTask"|"drain"|"heartbeat");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              ref?: number|null;
              hello?: reprise.v1.WorkerHello.$Shape|null;
              grant?: reprise.v1.SlotGrant.$Shape|null;
              completeWorkflowTask?: reprise.v1.CompleteWorkflowTaskRequest.$Shape|null;
              failWorkflowTask?: reprise.v1.FailWorkflowTaskRequest.$Shape|null;
              completeActivityTask?: reprise.v1.CompleteActivityTaskRequest.$Shape|null;
              failActivityTask?: reprise.v1.FailActivityTaskRequest.$Shape|null;
              drain?: reprise.v1.Drain.$Shape|null;
              heartbeat?: reprise.v1.RecordActivityTaskHeartbeatRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ message?: undefined; hello?: null; grant?: null; completeWorkflowTask?: null; failWorkflowTask?: null; completeActivityTask?: null; failActivityTask?: null; drain?: null; heartbeat?: null }|{ message?: "hello"; hello: reprise.v1.WorkerHello.$Shape; grant?: null; completeWorkflowTask?: null; failWorkflowTask?: null; completeActivityTask?: null; failActivityTask?: null; drain?: null; heartbeat?: null }|{ message?: "grant"; hello?: null; grant: reprise.v1.SlotGrant.$Shape; completeWorkflowTask?: null; failWorkflowTask?: null; completeActivityTask?: null; failActivityTask?: null; drain?: null; heartbeat?: null }|{ message?: "completeWorkflowTask"; hello?: null; grant?: null; completeWorkflowTask: reprise.v1.CompleteWorkflowTaskRequest.$Shape; failWorkflowTask?: null; completeActivityTask?: null; failActivityTask?: null; drain?: null; heartbeat?: null }|{ message?: "failWorkflowTask"; hello?: null; grant?: null; completeWorkflowTask?: null; failWorkflowTask: reprise.v1.FailWorkflowTaskRequest.$Shape; completeActivityTask?: null; failActivityTask?: null; drain?: null; heartbeat?: null }|{ message?: "completeActivityTask"; hello?: null; grant?: null; completeWorkflowTask?: null; failWorkflowTask?: null; completeActivityTask: reprise.v1.CompleteActivityTaskRequest.$Shape; failActivityTask?: null; drain?: null; heartbeat?: null }|{ message?: "failActivityTask"; hello?: null; grant?: null; completeWorkflowTask?: null; failWorkflowTask?: null; completeActivityTask?: null; failActivityTask: reprise.v1.FailActivityTaskRequest.$Shape; drain?: null; heartbeat?: null }|{ message?: "drain"; hello?: null; grant?: null; completeWorkflowTask?: null; failWorkflowTask?: null; completeActivityTask?: null; failActivityTask?: null; drain: reprise.v1.Drain.$Shape; heartbeat?: null }|{ message?: "heartbeat"; hello?: null; grant?: null; completeWorkflowTask?: null; failWorkflowTask?: null; completeActivityTask?: null; failActivityTask?: null; drain?: null; heartbeat: reprise.v1.RecordActivityTaskHeartbeatRequest.$Shape })
            );
        }

        interface IDrain extends reprise.v1.Drain.$Properties {
        }

        class Drain {
            constructor(properties?: reprise.v1.Drain.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: reprise.v1.Drain.$Shape): reprise.v1.Drain & reprise.v1.Drain.$Shape;
            static create(properties?: reprise.v1.Drain.$Properties): reprise.v1.Drain;
            static encode(message: reprise.v1.Drain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.Drain & reprise.v1.Drain.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.Drain;
            static toObject(message: reprise.v1.Drain, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Drain {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.Drain.$Properties;
        }

        interface IAck extends reprise.v1.Ack.$Properties {
        }

        class Ack {
            constructor(properties?: reprise.v1.Ack.$Properties);
            $unknowns?: Uint8Array[];
            ref: number;
            code: number;
            message: string;
            cancelRequested: boolean;
            static create(properties: reprise.v1.Ack.$Shape): reprise.v1.Ack & reprise.v1.Ack.$Shape;
            static create(properties?: reprise.v1.Ack.$Properties): reprise.v1.Ack;
            static encode(message: reprise.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.Ack & reprise.v1.Ack.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.Ack;
            static toObject(message: reprise.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Ack {
            interface $Properties {
                ref?: (number|null);
                code?: (number|null);
                message?: (string|null);
                cancelRequested?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.Ack.$Properties;
        }

        interface IServerMessage extends reprise.v1.ServerMessage.$Properties {
        }

        class ServerMessage {
            constructor(properties?: reprise.v1.ServerMessage.$Properties);
            $unknowns?: Uint8Array[];
            workflowTask?: (reprise.v1.WorkflowTask.$Properties|null);
            activityTask?: (reprise.v1.ActivityTask.$Properties|null);
            ack?: (reprise.v1.Ack.$Properties|null);
            message?: ("workflowTask"|"activityTask"|"ack");
            static create(properties: reprise.v1.ServerMessage.$Shape): reprise.v1.ServerMessage & reprise.v1.ServerMessage.$Shape;
            static create(properties?: reprise.v1.ServerMessage.$Properties): reprise.v1.ServerMessage;
            static encode(message: reprise.v1.ServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ServerMessage & reprise.v1.ServerMessage.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ServerMessage;
            static toObject(message: reprise.v1.ServerMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ServerMessage {
            interface $Properties {
                workflowTask?: (reprise.v1.WorkflowTask.$Properties|null);
                activityTask?: (reprise.v1.ActivityTask.$Properties|null);
                ack?: (reprise.v1.Ack.$Properties|null);
                message?: ("workflowTask"|"activityTask"|"ack");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              workflowTask?: reprise.v1.WorkflowTask.$Shape|null;
              activityTask?: reprise.v1.ActivityTask.$Shape|null;
              ack?: reprise.v1.Ack.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ message?: undefined; workflowTask?: null; activityTask?: null; ack?: null }|{ message?: "workflowTask"; workflowTask: reprise.v1.WorkflowTask.$Shape; activityTask?: null; ack?: null }|{ message?: "activityTask"; workflowTask?: null; activityTask: reprise.v1.ActivityTask.$Shape; ack?: null }|{ message?: "ack"; workflowTask?: null; activityTask?: null; ack: reprise.v1.Ack.$Shape })
            );
        }

        enum WorkflowExecutionStatus {
            WORKFLOW_EXECUTION_STATUS_UNSPECIFIED = 0,
            WORKFLOW_EXECUTION_STATUS_RUNNING = 1,
            WORKFLOW_EXECUTION_STATUS_COMPLETED = 2,
            WORKFLOW_EXECUTION_STATUS_FAILED = 3
        }

        interface IStartWorkflowRequest extends reprise.v1.StartWorkflowRequest.$Properties {
        }

        class StartWorkflowRequest {
            constructor(properties?: reprise.v1.StartWorkflowRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            workflowId: string;
            workflowType: string;
            taskQueue: string;
            input?: (reprise.v1.Payloads.$Properties|null);
            requestId: string;
            identity: string;
            workflowTaskTimeoutMs: number;
            static create(properties: reprise.v1.StartWorkflowRequest.$Shape): reprise.v1.StartWorkflowRequest & reprise.v1.StartWorkflowRequest.$Shape;
            static create(properties?: reprise.v1.StartWorkflowRequest.$Properties): reprise.v1.StartWorkflowRequest;
            static encode(message: reprise.v1.StartWorkflowRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.StartWorkflowRequest & reprise.v1.StartWorkflowRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.StartWorkflowRequest;
            static toObject(message: reprise.v1.StartWorkflowRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace StartWorkflowRequest {
            interface $Properties {
                namespace?: (string|null);
                workflowId?: (string|null);
                workflowType?: (string|null);
                taskQueue?: (string|null);
                input?: (reprise.v1.Payloads.$Properties|null);
                requestId?: (string|null);
                identity?: (string|null);
                workflowTaskTimeoutMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.StartWorkflowRequest.$Properties;
        }

        interface IStartWorkflowResponse extends reprise.v1.StartWorkflowResponse.$Properties {
        }

        class StartWorkflowResponse {
            constructor(properties?: reprise.v1.StartWorkflowResponse.$Properties);
            $unknowns?: Uint8Array[];
            runId: string;
            started: boolean;
            static create(properties: reprise.v1.StartWorkflowResponse.$Shape): reprise.v1.StartWorkflowResponse & reprise.v1.StartWorkflowResponse.$Shape;
            static create(properties?: reprise.v1.StartWorkflowResponse.$Properties): reprise.v1.StartWorkflowResponse;
            static encode(message: reprise.v1.StartWorkflowResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.StartWorkflowResponse & reprise.v1.StartWorkflowResponse.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.StartWorkflowResponse;
            static toObject(message: reprise.v1.StartWorkflowResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace StartWorkflowResponse {
            interface $Properties {
                runId?: (string|null);
                started?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.StartWorkflowResponse.$Properties;
        }

        interface IDescribeWorkflowRequest extends reprise.v1.DescribeWorkflowRequest.$Properties {
        }

        class DescribeWorkflowRequest {
            constructor(properties?: reprise.v1.DescribeWorkflowRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            static create(properties: reprise.v1.DescribeWorkflowRequest.$Shape): reprise.v1.DescribeWorkflowRequest & reprise.v1.DescribeWorkflowRequest.$Shape;
            static create(properties?: reprise.v1.DescribeWorkflowRequest.$Properties): reprise.v1.DescribeWorkflowRequest;
            static encode(message: reprise.v1.DescribeWorkflowRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.DescribeWorkflowRequest & reprise.v1.DescribeWorkflowRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.DescribeWorkflowRequest;
            static toObject(message: reprise.v1.DescribeWorkflowRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace DescribeWorkflowRequest {
            interface $Properties {
                namespace?: (string|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.DescribeWorkflowRequest.$Properties;
        }

        interface IWorkflowExecutionInfo extends reprise.v1.WorkflowExecutionInfo.$Properties {
        }

        class WorkflowExecutionInfo {
            constructor(properties?: reprise.v1.WorkflowExecutionInfo.$Properties);
            $unknowns?: Uint8Array[];
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            workflowType: string;
            taskQueue: string;
            status: reprise.v1.WorkflowExecutionStatus;
            startTimeMs: number;
            closeTimeMs: number;
            historyLength: number;
            static create(properties: reprise.v1.WorkflowExecutionInfo.$Shape): reprise.v1.WorkflowExecutionInfo & reprise.v1.WorkflowExecutionInfo.$Shape;
            static create(properties?: reprise.v1.WorkflowExecutionInfo.$Properties): reprise.v1.WorkflowExecutionInfo;
            static encode(message: reprise.v1.WorkflowExecutionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowExecutionInfo & reprise.v1.WorkflowExecutionInfo.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowExecutionInfo;
            static toObject(message: reprise.v1.WorkflowExecutionInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowExecutionInfo {
            interface $Properties {
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                workflowType?: (string|null);
                taskQueue?: (string|null);
                status?: (reprise.v1.WorkflowExecutionStatus|null);
                startTimeMs?: (number|null);
                closeTimeMs?: (number|null);
                historyLength?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.WorkflowExecutionInfo.$Properties;
        }

        interface IPendingActivityInfo extends reprise.v1.PendingActivityInfo.$Properties {
        }

        class PendingActivityInfo {
            constructor(properties?: reprise.v1.PendingActivityInfo.$Properties);
            $unknowns?: Uint8Array[];
            activityId: string;
            activityType: string;
            state: string;
            attempt: number;
            maximumAttempts: number;
            lastFailure?: (reprise.v1.Failure.$Properties|null);
            scheduledTimeMs: number;
            lastStartedTimeMs: number;
            nextAttemptTimeMs: number;
            lastWorkerIdentity: string;
            scheduledEventId: number;
            heartbeatDetails?: (reprise.v1.Payloads.$Properties|null);
            lastHeartbeatTimeMs: number;
            cancelRequested: boolean;
            static create(properties: reprise.v1.PendingActivityInfo.$Shape): reprise.v1.PendingActivityInfo & reprise.v1.PendingActivityInfo.$Shape;
            static create(properties?: reprise.v1.PendingActivityInfo.$Properties): reprise.v1.PendingActivityInfo;
            static encode(message: reprise.v1.PendingActivityInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.PendingActivityInfo & reprise.v1.PendingActivityInfo.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.PendingActivityInfo;
            static toObject(message: reprise.v1.PendingActivityInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace PendingActivityInfo {
            interface $Properties {
                activityId?: (string|null);
                activityType?: (string|null);
                state?: (string|null);
                attempt?: (number|null);
                maximumAttempts?: (number|null);
                lastFailure?: (reprise.v1.Failure.$Properties|null);
                scheduledTimeMs?: (number|null);
                lastStartedTimeMs?: (number|null);
                nextAttemptTimeMs?: (number|null);
                lastWorkerIdentity?: (string|null);
                scheduledEventId?: (number|null);
                heartbeatDetails?: (reprise.v1.Payloads.$Properties|null);
                lastHeartbeatTimeMs?: (number|null);
                cancelRequested?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              activityId?: string|null;
              activityType?: string|null;
              state?: string|null;
              attempt?: number|null;
              maximumAttempts?: number|null;
              lastFailure?: reprise.v1.Failure.$Shape|null;
              scheduledTimeMs?: number|null;
              lastStartedTimeMs?: number|null;
              nextAttemptTimeMs?: number|null;
              lastWorkerIdentity?: string|null;
              scheduledEventId?: number|null;
              heartbeatDetails?: reprise.v1.Payloads.$Shape|null;
              lastHeartbeatTimeMs?: number|null;
              cancelRequested?: boolean|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IPendingWorkflowTaskInfo extends reprise.v1.PendingWorkflowTaskInfo.$Properties {
        }

        class PendingWorkflowTaskInfo {
            constructor(properties?: reprise.v1.PendingWorkflowTaskInfo.$Properties);
            $unknowns?: Uint8Array[];
            state: string;
            attempt: number;
            scheduledTimeMs: number;
            startedTimeMs: number;
            lastFailure?: (reprise.v1.Failure.$Properties|null);
            static create(properties: reprise.v1.PendingWorkflowTaskInfo.$Shape): reprise.v1.PendingWorkflowTaskInfo & reprise.v1.PendingWorkflowTaskInfo.$Shape;
            static create(properties?: reprise.v1.PendingWorkflowTaskInfo.$Properties): reprise.v1.PendingWorkflowTaskInfo;
            static encode(message: reprise.v1.PendingWorkflowTaskInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.PendingWorkflowTaskInfo & reprise.v1.PendingWorkflowTaskInfo.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.PendingWorkflowTaskInfo;
            static toObject(message: reprise.v1.PendingWorkflowTaskInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace PendingWorkflowTaskInfo {
            interface $Properties {
                state?: (string|null);
                attempt?: (number|null);
                scheduledTimeMs?: (number|null);
                startedTimeMs?: (number|null);
                lastFailure?: (reprise.v1.Failure.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              state?: string|null;
              attempt?: number|null;
              scheduledTimeMs?: number|null;
              startedTimeMs?: number|null;
              lastFailure?: reprise.v1.Failure.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IPendingTimerInfo extends reprise.v1.PendingTimerInfo.$Properties {
        }

        class PendingTimerInfo {
            constructor(properties?: reprise.v1.PendingTimerInfo.$Properties);
            $unknowns?: Uint8Array[];
            timerId: string;
            fireTimeMs: number;
            startedEventId: number;
            static create(properties: reprise.v1.PendingTimerInfo.$Shape): reprise.v1.PendingTimerInfo & reprise.v1.PendingTimerInfo.$Shape;
            static create(properties?: reprise.v1.PendingTimerInfo.$Properties): reprise.v1.PendingTimerInfo;
            static encode(message: reprise.v1.PendingTimerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.PendingTimerInfo & reprise.v1.PendingTimerInfo.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.PendingTimerInfo;
            static toObject(message: reprise.v1.PendingTimerInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace PendingTimerInfo {
            interface $Properties {
                timerId?: (string|null);
                fireTimeMs?: (number|null);
                startedEventId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.PendingTimerInfo.$Properties;
        }

        interface IDescribeWorkflowResponse extends reprise.v1.DescribeWorkflowResponse.$Properties {
        }

        class DescribeWorkflowResponse {
            constructor(properties?: reprise.v1.DescribeWorkflowResponse.$Properties);
            $unknowns?: Uint8Array[];
            info?: (reprise.v1.WorkflowExecutionInfo.$Properties|null);
            pendingActivities: reprise.v1.PendingActivityInfo.$Properties[];
            pendingWorkflowTask?: (reprise.v1.PendingWorkflowTaskInfo.$Properties|null);
            pendingTimers: reprise.v1.PendingTimerInfo.$Properties[];
            static create(properties: reprise.v1.DescribeWorkflowResponse.$Shape): reprise.v1.DescribeWorkflowResponse & reprise.v1.DescribeWorkflowResponse.$Shape;
            static create(properties?: reprise.v1.DescribeWorkflowResponse.$Properties): reprise.v1.DescribeWorkflowResponse;
            static encode(message: reprise.v1.DescribeWorkflowResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.DescribeWorkflowResponse & reprise.v1.DescribeWorkflowResponse.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.DescribeWorkflowResponse;
            static toObject(message: reprise.v1.DescribeWorkflowResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace DescribeWorkflowResponse {
            interface $Properties {
                info?: (reprise.v1.WorkflowExecutionInfo.$Properties|null);
                pendingActivities?: (reprise.v1.PendingActivityInfo.$Properties[]|null);
                pendingWorkflowTask?: (reprise.v1.PendingWorkflowTaskInfo.$Properties|null);
                pendingTimers?: (reprise.v1.PendingTimerInfo.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              info?: reprise.v1.WorkflowExecutionInfo.$Shape|null;
              pendingActivities?: reprise.v1.PendingActivityInfo.$Shape[]|null;
              pendingWorkflowTask?: reprise.v1.PendingWorkflowTaskInfo.$Shape|null;
              pendingTimers?: reprise.v1.PendingTimerInfo.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IGetWorkflowHistoryRequest extends reprise.v1.GetWorkflowHistoryRequest.$Properties {
        }

        class GetWorkflowHistoryRequest {
            constructor(properties?: reprise.v1.GetWorkflowHistoryRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            maximumPageSize: number;
            nextPageToken: Uint8Array;
            static create(properties: reprise.v1.GetWorkflowHistoryRequest.$Shape): reprise.v1.GetWorkflowHistoryRequest & reprise.v1.GetWorkflowHistoryRequest.$Shape;
            static create(properties?: reprise.v1.GetWorkflowHistoryRequest.$Properties): reprise.v1.GetWorkflowHistoryRequest;
            static encode(message: reprise.v1.GetWorkflowHistoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.GetWorkflowHistoryRequest & reprise.v1.GetWorkflowHistoryRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.GetWorkflowHistoryRequest;
            static toObject(message: reprise.v1.GetWorkflowHistoryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace GetWorkflowHistoryRequest {
            interface $Properties {
                namespace?: (string|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                maximumPageSize?: (number|null);
                nextPageToken?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.GetWorkflowHistoryRequest.$Properties;
        }

        interface IGetWorkflowHistoryResponse extends reprise.v1.GetWorkflowHistoryResponse.$Properties {
        }

        class GetWorkflowHistoryResponse {
            constructor(properties?: reprise.v1.GetWorkflowHistoryResponse.$Properties);
            $unknowns?: Uint8Array[];
            events: reprise.v1.HistoryEvent.$Properties[];
            nextPageToken: Uint8Array;
            runId: string;
            static create(properties: reprise.v1.GetWorkflowHistoryResponse.$Shape): reprise.v1.GetWorkflowHistoryResponse & reprise.v1.GetWorkflowHistoryResponse.$Shape;
            static create(properties?: reprise.v1.GetWorkflowHistoryResponse.$Properties): reprise.v1.GetWorkflowHistoryResponse;
            static encode(message: reprise.v1.GetWorkflowHistoryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.GetWorkflowHistoryResponse & reprise.v1.GetWorkflowHistoryResponse.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.GetWorkflowHistoryResponse;
            static toObject(message: reprise.v1.GetWorkflowHistoryResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace GetWorkflowHistoryResponse {
            interface $Properties {
                events?: (reprise.v1.HistoryEvent.$Properties[]|null);
                nextPageToken?: (Uint8Array|null);
                runId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              events?: reprise.v1.HistoryEvent.$Shape[]|null;
              nextPageToken?: Uint8Array|null;
              runId?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IWaitWorkflowResultRequest extends reprise.v1.WaitWorkflowResultRequest.$Properties {
        }

        class WaitWorkflowResultRequest {
            constructor(properties?: reprise.v1.WaitWorkflowResultRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            waitMs: number;
            static create(properties: reprise.v1.WaitWorkflowResultRequest.$Shape): reprise.v1.WaitWorkflowResultRequest & reprise.v1.WaitWorkflowResultRequest.$Shape;
            static create(properties?: reprise.v1.WaitWorkflowResultRequest.$Properties): reprise.v1.WaitWorkflowResultRequest;
            static encode(message: reprise.v1.WaitWorkflowResultRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WaitWorkflowResultRequest & reprise.v1.WaitWorkflowResultRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WaitWorkflowResultRequest;
            static toObject(message: reprise.v1.WaitWorkflowResultRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WaitWorkflowResultRequest {
            interface $Properties {
                namespace?: (string|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                waitMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.WaitWorkflowResultRequest.$Properties;
        }

        interface IWaitWorkflowResultResponse extends reprise.v1.WaitWorkflowResultResponse.$Properties {
        }

        class WaitWorkflowResultResponse {
            constructor(properties?: reprise.v1.WaitWorkflowResultResponse.$Properties);
            $unknowns?: Uint8Array[];
            closed: boolean;
            status: reprise.v1.WorkflowExecutionStatus;
            result?: (reprise.v1.Payloads.$Properties|null);
            failure?: (reprise.v1.Failure.$Properties|null);
            runId: string;
            static create(properties: reprise.v1.WaitWorkflowResultResponse.$Shape): reprise.v1.WaitWorkflowResultResponse & reprise.v1.WaitWorkflowResultResponse.$Shape;
            static create(properties?: reprise.v1.WaitWorkflowResultResponse.$Properties): reprise.v1.WaitWorkflowResultResponse;
            static encode(message: reprise.v1.WaitWorkflowResultResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WaitWorkflowResultResponse & reprise.v1.WaitWorkflowResultResponse.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WaitWorkflowResultResponse;
            static toObject(message: reprise.v1.WaitWorkflowResultResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WaitWorkflowResultResponse {
            interface $Properties {
                closed?: (boolean|null);
                status?: (reprise.v1.WorkflowExecutionStatus|null);
                result?: (reprise.v1.Payloads.$Properties|null);
                failure?: (reprise.v1.Failure.$Properties|null);
                runId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              closed?: boolean|null;
              status?: reprise.v1.WorkflowExecutionStatus|null;
              result?: reprise.v1.Payloads.$Shape|null;
              failure?: reprise.v1.Failure.$Shape|null;
              runId?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IListWorkflowsRequest extends reprise.v1.ListWorkflowsRequest.$Properties {
        }

        class ListWorkflowsRequest {
            constructor(properties?: reprise.v1.ListWorkflowsRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            pageSize: number;
            nextPageToken: Uint8Array;
            workflowType: string;
            statuses: reprise.v1.WorkflowExecutionStatus[];
            workflowIdPrefix: string;
            taskQueue: string;
            startedAfterMs: number;
            startedBeforeMs: number;
            static create(properties: reprise.v1.ListWorkflowsRequest.$Shape): reprise.v1.ListWorkflowsRequest & reprise.v1.ListWorkflowsRequest.$Shape;
            static create(properties?: reprise.v1.ListWorkflowsRequest.$Properties): reprise.v1.ListWorkflowsRequest;
            static encode(message: reprise.v1.ListWorkflowsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ListWorkflowsRequest & reprise.v1.ListWorkflowsRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ListWorkflowsRequest;
            static toObject(message: reprise.v1.ListWorkflowsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ListWorkflowsRequest {
            interface $Properties {
                namespace?: (string|null);
                pageSize?: (number|null);
                nextPageToken?: (Uint8Array|null);
                workflowType?: (string|null);
                statuses?: (reprise.v1.WorkflowExecutionStatus[]|null);
                workflowIdPrefix?: (string|null);
                taskQueue?: (string|null);
                startedAfterMs?: (number|null);
                startedBeforeMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ListWorkflowsRequest.$Properties;
        }

        interface IListWorkflowsResponse extends reprise.v1.ListWorkflowsResponse.$Properties {
        }

        class ListWorkflowsResponse {
            constructor(properties?: reprise.v1.ListWorkflowsResponse.$Properties);
            $unknowns?: Uint8Array[];
            executions: reprise.v1.WorkflowExecutionInfo.$Properties[];
            nextPageToken: Uint8Array;
            static create(properties: reprise.v1.ListWorkflowsResponse.$Shape): reprise.v1.ListWorkflowsResponse & reprise.v1.ListWorkflowsResponse.$Shape;
            static create(properties?: reprise.v1.ListWorkflowsResponse.$Properties): reprise.v1.ListWorkflowsResponse;
            static encode(message: reprise.v1.ListWorkflowsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ListWorkflowsResponse & reprise.v1.ListWorkflowsResponse.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ListWorkflowsResponse;
            static toObject(message: reprise.v1.ListWorkflowsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ListWorkflowsResponse {
            interface $Properties {
                executions?: (reprise.v1.WorkflowExecutionInfo.$Properties[]|null);
                nextPageToken?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ListWorkflowsResponse.$Properties;
        }
    }
}

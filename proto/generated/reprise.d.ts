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
            cancelWorkflowExecution?: (reprise.v1.CancelWorkflowExecution.$Properties|null);
            continueAsNewWorkflowExecution?: (reprise.v1.ContinueAsNewWorkflowExecution.$Properties|null);
            startChildWorkflowExecution?: (reprise.v1.StartChildWorkflowExecution.$Properties|null);
            signalExternalWorkflowExecution?: (reprise.v1.SignalExternalWorkflowExecution.$Properties|null);
            requestCancelExternalWorkflowExecution?: (reprise.v1.RequestCancelExternalWorkflowExecution.$Properties|null);
            completeWorkflowUpdate?: (reprise.v1.CompleteWorkflowUpdate.$Properties|null);
            attributes?: ("scheduleActivityTask"|"startTimer"|"completeWorkflowExecution"|"failWorkflowExecution"|"cancelTimer"|"recordMarker"|"requestCancelActivityTask"|"cancelWorkflowExecution"|"continueAsNewWorkflowExecution"|"startChildWorkflowExecution"|"signalExternalWorkflowExecution"|"requestCancelExternalWorkflowExecution"|"completeWorkflowUpdate");
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
                cancelWorkflowExecution?: (reprise.v1.CancelWorkflowExecution.$Properties|null);
                continueAsNewWorkflowExecution?: (reprise.v1.ContinueAsNewWorkflowExecution.$Properties|null);
                startChildWorkflowExecution?: (reprise.v1.StartChildWorkflowExecution.$Properties|null);
                signalExternalWorkflowExecution?: (reprise.v1.SignalExternalWorkflowExecution.$Properties|null);
                requestCancelExternalWorkflowExecution?: (reprise.v1.RequestCancelExternalWorkflowExecution.$Properties|null);
                completeWorkflowUpdate?: (reprise.v1.CompleteWorkflowUpdate.$Properties|null);
                attributes?: ("scheduleActivityTask"|"startTimer"|"completeWorkflowExecution"|"failWorkflowExecution"|"cancelTimer"|"recordMarker"|"requestCancelActivityTask"|"cancelWorkflowExecution"|"continueAsNewWorkflowExecution"|"startChildWorkflowExecution"|"signalExternalWorkflowExecution"|"requestCancelExternalWorkflowExecution"|"completeWorkflowUpdate");
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
              cancelWorkflowExecution?: reprise.v1.CancelWorkflowExecution.$Shape|null;
              continueAsNewWorkflowExecution?: reprise.v1.ContinueAsNewWorkflowExecution.$Shape|null;
              startChildWorkflowExecution?: reprise.v1.StartChildWorkflowExecution.$Shape|null;
              signalExternalWorkflowExecution?: reprise.v1.SignalExternalWorkflowExecution.$Shape|null;
              requestCancelExternalWorkflowExecution?: reprise.v1.RequestCancelExternalWorkflowExecution.$Shape|null;
              completeWorkflowUpdate?: reprise.v1.CompleteWorkflowUpdate.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ attributes?: undefined; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask?: null; cancelWorkflowExecution?: null; continueAsNewWorkflowExecution?: null; startChildWorkflowExecution?: null; signalExternalWorkflowExecution?: null; requestCancelExternalWorkflowExecution?: null; completeWorkflowUpdate?: null }|{ attributes?: "scheduleActivityTask"; scheduleActivityTask: reprise.v1.ScheduleActivityTask.$Shape; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask?: null; cancelWorkflowExecution?: null; continueAsNewWorkflowExecution?: null; startChildWorkflowExecution?: null; signalExternalWorkflowExecution?: null; requestCancelExternalWorkflowExecution?: null; completeWorkflowUpdate?: null }|{ attributes?: "startTimer"; scheduleActivityTask?: null; startTimer: reprise.v1.StartTimer.$Shape; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask?: null; cancelWorkflowExecution?: null; continueAsNewWorkflowExecution?: null; startChildWorkflowExecution?: null; signalExternalWorkflowExecution?: null; requestCancelExternalWorkflowExecution?: null; completeWorkflowUpdate?: null }|{ attributes?: "completeWorkflowExecution"; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution: reprise.v1.CompleteWorkflowExecution.$Shape; failWorkflowExecution?: null; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask?: null; cancelWorkflowExecution?: null; continueAsNewWorkflowExecution?: null; startChildWorkflowExecution?: null; signalExternalWorkflowExecution?: null; requestCancelExternalWorkflowExecution?: null; completeWorkflowUpdate?: null }|{ attributes?: "failWorkflowExecution"; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution: reprise.v1.FailWorkflowExecution.$Shape; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask?: null; cancelWorkflowExecution?: null; continueAsNewWorkflowExecution?: null; startChildWorkflowExecution?: null; signalExternalWorkflowExecution?: null; requestCancelExternalWorkflowExecution?: null; completeWorkflowUpdate?: null }|{ attributes?: "cancelTimer"; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer: reprise.v1.CancelTimer.$Shape; recordMarker?: null; requestCancelActivityTask?: null; cancelWorkflowExecution?: null; continueAsNewWorkflowExecution?: null; startChildWorkflowExecution?: null; signalExternalWorkflowExecution?: null; requestCancelExternalWorkflowExecution?: null; completeWorkflowUpdate?: null }|{ attributes?: "recordMarker"; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer?: null; recordMarker: reprise.v1.RecordMarker.$Shape; requestCancelActivityTask?: null; cancelWorkflowExecution?: null; continueAsNewWorkflowExecution?: null; startChildWorkflowExecution?: null; signalExternalWorkflowExecution?: null; requestCancelExternalWorkflowExecution?: null; completeWorkflowUpdate?: null }|{ attributes?: "requestCancelActivityTask"; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask: reprise.v1.RequestCancelActivityTask.$Shape; cancelWorkflowExecution?: null; continueAsNewWorkflowExecution?: null; startChildWorkflowExecution?: null; signalExternalWorkflowExecution?: null; requestCancelExternalWorkflowExecution?: null; completeWorkflowUpdate?: null }|{ attributes?: "cancelWorkflowExecution"; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask?: null; cancelWorkflowExecution: reprise.v1.CancelWorkflowExecution.$Shape; continueAsNewWorkflowExecution?: null; startChildWorkflowExecution?: null; signalExternalWorkflowExecution?: null; requestCancelExternalWorkflowExecution?: null; completeWorkflowUpdate?: null }|{ attributes?: "continueAsNewWorkflowExecution"; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask?: null; cancelWorkflowExecution?: null; continueAsNewWorkflowExecution: reprise.v1.ContinueAsNewWorkflowExecution.$Shape; startChildWorkflowExecution?: null; signalExternalWorkflowExecution?: null; requestCancelExternalWorkflowExecution?: null; completeWorkflowUpdate?: null }|{ attributes?: "startChildWorkflowExecution"; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask?: null; cancelWorkflowExecution?: null; continueAsNewWorkflowExecution?: null; startChildWorkflowExecution: reprise.v1.StartChildWorkflowExecution.$Shape; signalExternalWorkflowExecution?: null; requestCancelExternalWorkflowExecution?: null; completeWorkflowUpdate?: null }|{ attributes?: "signalExternalWorkflowExecution"; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask?: null; cancelWorkflowExecution?: null; continueAsNewWorkflowExecution?: null; startChildWorkflowExecution?: null; signalExternalWorkflowExecution: reprise.v1.SignalExternalWorkflowExecution.$Shape; requestCancelExternalWorkflowExecution?: null; completeWorkflowUpdate?: null }|{ attributes?: "requestCancelExternalWorkflowExecution"; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask?: null; cancelWorkflowExecution?: null; continueAsNewWorkflowExecution?: null; startChildWorkflowExecution?: null; signalExternalWorkflowExecution?: null; requestCancelExternalWorkflowExecution: reprise.v1.RequestCancelExternalWorkflowExecution.$Shape; completeWorkflowUpdate?: null }|{ attributes?: "completeWorkflowUpdate"; scheduleActivityTask?: null; startTimer?: null; completeWorkflowExecution?: null; failWorkflowExecution?: null; cancelTimer?: null; recordMarker?: null; requestCancelActivityTask?: null; cancelWorkflowExecution?: null; continueAsNewWorkflowExecution?: null; startChildWorkflowExecution?: null; signalExternalWorkflowExecution?: null; requestCancelExternalWorkflowExecution?: null; completeWorkflowUpdate: reprise.v1.CompleteWorkflowUpdate.$Shape })
            );
        }

        interface ICancelWorkflowExecution extends reprise.v1.CancelWorkflowExecution.$Properties {
        }

        class CancelWorkflowExecution {
            constructor(properties?: reprise.v1.CancelWorkflowExecution.$Properties);
            $unknowns?: Uint8Array[];
            details?: (reprise.v1.Payloads.$Properties|null);
            static create(properties: reprise.v1.CancelWorkflowExecution.$Shape): reprise.v1.CancelWorkflowExecution & reprise.v1.CancelWorkflowExecution.$Shape;
            static create(properties?: reprise.v1.CancelWorkflowExecution.$Properties): reprise.v1.CancelWorkflowExecution;
            static encode(message: reprise.v1.CancelWorkflowExecution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.CancelWorkflowExecution & reprise.v1.CancelWorkflowExecution.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.CancelWorkflowExecution;
            static toObject(message: reprise.v1.CancelWorkflowExecution, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CancelWorkflowExecution {
            interface $Properties {
                details?: (reprise.v1.Payloads.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.CancelWorkflowExecution.$Properties;
        }

        interface IContinueAsNewWorkflowExecution extends reprise.v1.ContinueAsNewWorkflowExecution.$Properties {
        }

        class ContinueAsNewWorkflowExecution {
            constructor(properties?: reprise.v1.ContinueAsNewWorkflowExecution.$Properties);
            $unknowns?: Uint8Array[];
            workflowType: string;
            taskQueue: string;
            input?: (reprise.v1.Payloads.$Properties|null);
            workflowTaskTimeoutMs: number;
            workflowRunTimeoutMs: number;
            static create(properties: reprise.v1.ContinueAsNewWorkflowExecution.$Shape): reprise.v1.ContinueAsNewWorkflowExecution & reprise.v1.ContinueAsNewWorkflowExecution.$Shape;
            static create(properties?: reprise.v1.ContinueAsNewWorkflowExecution.$Properties): reprise.v1.ContinueAsNewWorkflowExecution;
            static encode(message: reprise.v1.ContinueAsNewWorkflowExecution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ContinueAsNewWorkflowExecution & reprise.v1.ContinueAsNewWorkflowExecution.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ContinueAsNewWorkflowExecution;
            static toObject(message: reprise.v1.ContinueAsNewWorkflowExecution, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContinueAsNewWorkflowExecution {
            interface $Properties {
                workflowType?: (string|null);
                taskQueue?: (string|null);
                input?: (reprise.v1.Payloads.$Properties|null);
                workflowTaskTimeoutMs?: (number|null);
                workflowRunTimeoutMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ContinueAsNewWorkflowExecution.$Properties;
        }

        interface IStartChildWorkflowExecution extends reprise.v1.StartChildWorkflowExecution.$Properties {
        }

        class StartChildWorkflowExecution {
            constructor(properties?: reprise.v1.StartChildWorkflowExecution.$Properties);
            $unknowns?: Uint8Array[];
            childId: string;
            workflowId: string;
            workflowType: string;
            taskQueue: string;
            input?: (reprise.v1.Payloads.$Properties|null);
            workflowTaskTimeoutMs: number;
            workflowExecutionTimeoutMs: number;
            workflowRunTimeoutMs: number;
            parentClosePolicy: reprise.v1.ParentClosePolicy;
            workflowIdReusePolicy: reprise.v1.WorkflowIdReusePolicy;
            static create(properties: reprise.v1.StartChildWorkflowExecution.$Shape): reprise.v1.StartChildWorkflowExecution & reprise.v1.StartChildWorkflowExecution.$Shape;
            static create(properties?: reprise.v1.StartChildWorkflowExecution.$Properties): reprise.v1.StartChildWorkflowExecution;
            static encode(message: reprise.v1.StartChildWorkflowExecution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.StartChildWorkflowExecution & reprise.v1.StartChildWorkflowExecution.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.StartChildWorkflowExecution;
            static toObject(message: reprise.v1.StartChildWorkflowExecution, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace StartChildWorkflowExecution {
            interface $Properties {
                childId?: (string|null);
                workflowId?: (string|null);
                workflowType?: (string|null);
                taskQueue?: (string|null);
                input?: (reprise.v1.Payloads.$Properties|null);
                workflowTaskTimeoutMs?: (number|null);
                workflowExecutionTimeoutMs?: (number|null);
                workflowRunTimeoutMs?: (number|null);
                parentClosePolicy?: (reprise.v1.ParentClosePolicy|null);
                workflowIdReusePolicy?: (reprise.v1.WorkflowIdReusePolicy|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.StartChildWorkflowExecution.$Properties;
        }

        interface ISignalExternalWorkflowExecution extends reprise.v1.SignalExternalWorkflowExecution.$Properties {
        }

        class SignalExternalWorkflowExecution {
            constructor(properties?: reprise.v1.SignalExternalWorkflowExecution.$Properties);
            $unknowns?: Uint8Array[];
            signalId: string;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            signalName: string;
            input?: (reprise.v1.Payloads.$Properties|null);
            static create(properties: reprise.v1.SignalExternalWorkflowExecution.$Shape): reprise.v1.SignalExternalWorkflowExecution & reprise.v1.SignalExternalWorkflowExecution.$Shape;
            static create(properties?: reprise.v1.SignalExternalWorkflowExecution.$Properties): reprise.v1.SignalExternalWorkflowExecution;
            static encode(message: reprise.v1.SignalExternalWorkflowExecution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.SignalExternalWorkflowExecution & reprise.v1.SignalExternalWorkflowExecution.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.SignalExternalWorkflowExecution;
            static toObject(message: reprise.v1.SignalExternalWorkflowExecution, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignalExternalWorkflowExecution {
            interface $Properties {
                signalId?: (string|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                signalName?: (string|null);
                input?: (reprise.v1.Payloads.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.SignalExternalWorkflowExecution.$Properties;
        }

        interface IRequestCancelExternalWorkflowExecution extends reprise.v1.RequestCancelExternalWorkflowExecution.$Properties {
        }

        class RequestCancelExternalWorkflowExecution {
            constructor(properties?: reprise.v1.RequestCancelExternalWorkflowExecution.$Properties);
            $unknowns?: Uint8Array[];
            cancelId: string;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            reason: string;
            static create(properties: reprise.v1.RequestCancelExternalWorkflowExecution.$Shape): reprise.v1.RequestCancelExternalWorkflowExecution & reprise.v1.RequestCancelExternalWorkflowExecution.$Shape;
            static create(properties?: reprise.v1.RequestCancelExternalWorkflowExecution.$Properties): reprise.v1.RequestCancelExternalWorkflowExecution;
            static encode(message: reprise.v1.RequestCancelExternalWorkflowExecution.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.RequestCancelExternalWorkflowExecution & reprise.v1.RequestCancelExternalWorkflowExecution.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.RequestCancelExternalWorkflowExecution;
            static toObject(message: reprise.v1.RequestCancelExternalWorkflowExecution, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RequestCancelExternalWorkflowExecution {
            interface $Properties {
                cancelId?: (string|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.RequestCancelExternalWorkflowExecution.$Properties;
        }

        interface ICompleteWorkflowUpdate extends reprise.v1.CompleteWorkflowUpdate.$Properties {
        }

        class CompleteWorkflowUpdate {
            constructor(properties?: reprise.v1.CompleteWorkflowUpdate.$Properties);
            $unknowns?: Uint8Array[];
            updateId: string;
            result?: (reprise.v1.Payloads.$Properties|null);
            failure?: (reprise.v1.Failure.$Properties|null);
            static create(properties: reprise.v1.CompleteWorkflowUpdate.$Shape): reprise.v1.CompleteWorkflowUpdate & reprise.v1.CompleteWorkflowUpdate.$Shape;
            static create(properties?: reprise.v1.CompleteWorkflowUpdate.$Properties): reprise.v1.CompleteWorkflowUpdate;
            static encode(message: reprise.v1.CompleteWorkflowUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.CompleteWorkflowUpdate & reprise.v1.CompleteWorkflowUpdate.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.CompleteWorkflowUpdate;
            static toObject(message: reprise.v1.CompleteWorkflowUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CompleteWorkflowUpdate {
            interface $Properties {
                updateId?: (string|null);
                result?: (reprise.v1.Payloads.$Properties|null);
                failure?: (reprise.v1.Failure.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              updateId?: string|null;
              result?: reprise.v1.Payloads.$Shape|null;
              failure?: reprise.v1.Failure.$Shape|null;
              $unknowns?: Uint8Array[];
            };
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
            childWorkflow?: (reprise.v1.ChildWorkflowFailureInfo.$Properties|null);
            terminated?: (reprise.v1.TerminatedFailureInfo.$Properties|null);
            info?: ("application"|"activity"|"timeout"|"canceled"|"childWorkflow"|"terminated");
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
                childWorkflow?: (reprise.v1.ChildWorkflowFailureInfo.$Properties|null);
                terminated?: (reprise.v1.TerminatedFailureInfo.$Properties|null);
                info?: ("application"|"activity"|"timeout"|"canceled"|"childWorkflow"|"terminated");
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
              childWorkflow?: reprise.v1.ChildWorkflowFailureInfo.$Shape|null;
              terminated?: reprise.v1.TerminatedFailureInfo.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ info?: undefined; application?: null; activity?: null; timeout?: null; canceled?: null; childWorkflow?: null; terminated?: null }|{ info?: "application"; application: reprise.v1.ApplicationFailureInfo.$Shape; activity?: null; timeout?: null; canceled?: null; childWorkflow?: null; terminated?: null }|{ info?: "activity"; application?: null; activity: reprise.v1.ActivityFailureInfo.$Shape; timeout?: null; canceled?: null; childWorkflow?: null; terminated?: null }|{ info?: "timeout"; application?: null; activity?: null; timeout: reprise.v1.TimeoutFailureInfo.$Shape; canceled?: null; childWorkflow?: null; terminated?: null }|{ info?: "canceled"; application?: null; activity?: null; timeout?: null; canceled: reprise.v1.CanceledFailureInfo.$Shape; childWorkflow?: null; terminated?: null }|{ info?: "childWorkflow"; application?: null; activity?: null; timeout?: null; canceled?: null; childWorkflow: reprise.v1.ChildWorkflowFailureInfo.$Shape; terminated?: null }|{ info?: "terminated"; application?: null; activity?: null; timeout?: null; canceled?: null; childWorkflow?: null; terminated: reprise.v1.TerminatedFailureInfo.$Shape })
            );
        }

        interface IChildWorkflowFailureInfo extends reprise.v1.ChildWorkflowFailureInfo.$Properties {
        }

        class ChildWorkflowFailureInfo {
            constructor(properties?: reprise.v1.ChildWorkflowFailureInfo.$Properties);
            $unknowns?: Uint8Array[];
            workflowId: string;
            runId: string;
            workflowType: string;
            initiatedEventId: number;
            static create(properties: reprise.v1.ChildWorkflowFailureInfo.$Shape): reprise.v1.ChildWorkflowFailureInfo & reprise.v1.ChildWorkflowFailureInfo.$Shape;
            static create(properties?: reprise.v1.ChildWorkflowFailureInfo.$Properties): reprise.v1.ChildWorkflowFailureInfo;
            static encode(message: reprise.v1.ChildWorkflowFailureInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ChildWorkflowFailureInfo & reprise.v1.ChildWorkflowFailureInfo.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ChildWorkflowFailureInfo;
            static toObject(message: reprise.v1.ChildWorkflowFailureInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ChildWorkflowFailureInfo {
            interface $Properties {
                workflowId?: (string|null);
                runId?: (string|null);
                workflowType?: (string|null);
                initiatedEventId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ChildWorkflowFailureInfo.$Properties;
        }

        interface ITerminatedFailureInfo extends reprise.v1.TerminatedFailureInfo.$Properties {
        }

        class TerminatedFailureInfo {
            constructor(properties?: reprise.v1.TerminatedFailureInfo.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: reprise.v1.TerminatedFailureInfo.$Shape): reprise.v1.TerminatedFailureInfo & reprise.v1.TerminatedFailureInfo.$Shape;
            static create(properties?: reprise.v1.TerminatedFailureInfo.$Properties): reprise.v1.TerminatedFailureInfo;
            static encode(message: reprise.v1.TerminatedFailureInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.TerminatedFailureInfo & reprise.v1.TerminatedFailureInfo.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.TerminatedFailureInfo;
            static toObject(message: reprise.v1.TerminatedFailureInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TerminatedFailureInfo {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.TerminatedFailureInfo.$Properties;
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

        enum WorkflowIdReusePolicy {
            WORKFLOW_ID_REUSE_POLICY_UNSPECIFIED = 0,
            WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE = 1,
            WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY = 2,
            WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE = 3
        }

        enum WorkflowIdConflictPolicy {
            WORKFLOW_ID_CONFLICT_POLICY_UNSPECIFIED = 0,
            WORKFLOW_ID_CONFLICT_POLICY_FAIL = 1,
            WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING = 2,
            WORKFLOW_ID_CONFLICT_POLICY_TERMINATE_EXISTING = 3
        }

        enum ParentClosePolicy {
            PARENT_CLOSE_POLICY_UNSPECIFIED = 0,
            PARENT_CLOSE_POLICY_TERMINATE = 1,
            PARENT_CLOSE_POLICY_ABANDON = 2,
            PARENT_CLOSE_POLICY_REQUEST_CANCEL = 3
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
            workflowExecutionSignaled?: (reprise.v1.WorkflowExecutionSignaled.$Properties|null);
            workflowExecutionCancelRequested?: (reprise.v1.WorkflowExecutionCancelRequested.$Properties|null);
            workflowExecutionCanceled?: (reprise.v1.WorkflowExecutionCanceled.$Properties|null);
            workflowExecutionTerminated?: (reprise.v1.WorkflowExecutionTerminated.$Properties|null);
            workflowExecutionTimedOut?: (reprise.v1.WorkflowExecutionTimedOut.$Properties|null);
            workflowExecutionContinuedAsNew?: (reprise.v1.WorkflowExecutionContinuedAsNew.$Properties|null);
            workflowExecutionUpdateAccepted?: (reprise.v1.WorkflowExecutionUpdateAccepted.$Properties|null);
            workflowExecutionUpdateCompleted?: (reprise.v1.WorkflowExecutionUpdateCompleted.$Properties|null);
            startChildWorkflowExecutionInitiated?: (reprise.v1.StartChildWorkflowExecutionInitiated.$Properties|null);
            startChildWorkflowExecutionFailed?: (reprise.v1.StartChildWorkflowExecutionFailed.$Properties|null);
            childWorkflowExecutionStarted?: (reprise.v1.ChildWorkflowExecutionStarted.$Properties|null);
            childWorkflowExecutionCompleted?: (reprise.v1.ChildWorkflowExecutionCompleted.$Properties|null);
            childWorkflowExecutionFailed?: (reprise.v1.ChildWorkflowExecutionFailed.$Properties|null);
            childWorkflowExecutionCanceled?: (reprise.v1.ChildWorkflowExecutionCanceled.$Properties|null);
            childWorkflowExecutionTerminated?: (reprise.v1.ChildWorkflowExecutionTerminated.$Properties|null);
            childWorkflowExecutionTimedOut?: (reprise.v1.ChildWorkflowExecutionTimedOut.$Properties|null);
            signalExternalWorkflowExecutionInitiated?: (reprise.v1.SignalExternalWorkflowExecutionInitiated.$Properties|null);
            signalExternalWorkflowExecutionFailed?: (reprise.v1.SignalExternalWorkflowExecutionFailed.$Properties|null);
            externalWorkflowExecutionSignaled?: (reprise.v1.ExternalWorkflowExecutionSignaled.$Properties|null);
            requestCancelExternalWorkflowExecutionInitiated?: (reprise.v1.RequestCancelExternalWorkflowExecutionInitiated.$Properties|null);
            requestCancelExternalWorkflowExecutionFailed?: (reprise.v1.RequestCancelExternalWorkflowExecutionFailed.$Properties|null);
            externalWorkflowExecutionCancelRequested?: (reprise.v1.ExternalWorkflowExecutionCancelRequested.$Properties|null);
            attributes?: ("workflowExecutionStarted"|"workflowExecutionCompleted"|"workflowExecutionFailed"|"workflowTaskScheduled"|"workflowTaskStarted"|"workflowTaskCompleted"|"workflowTaskFailed"|"workflowTaskTimedOut"|"activityTaskScheduled"|"activityTaskStarted"|"activityTaskCompleted"|"activityTaskFailed"|"activityTaskTimedOut"|"activityTaskCancelRequested"|"activityTaskCanceled"|"timerStarted"|"timerFired"|"timerCanceled"|"markerRecorded"|"workflowExecutionSignaled"|"workflowExecutionCancelRequested"|"workflowExecutionCanceled"|"workflowExecutionTerminated"|"workflowExecutionTimedOut"|"workflowExecutionContinuedAsNew"|"workflowExecutionUpdateAccepted"|"workflowExecutionUpdateCompleted"|"startChildWorkflowExecutionInitiated"|"startChildWorkflowExecutionFailed"|"childWorkflowExecutionStarted"|"childWorkflowExecutionCompleted"|"childWorkflowExecutionFailed"|"childWorkflowExecutionCanceled"|"childWorkflowExecutionTerminated"|"childWorkflowExecutionTimedOut"|"signalExternalWorkflowExecutionInitiated"|"signalExternalWorkflowExecutionFailed"|"externalWorkflowExecutionSignaled"|"requestCancelExternalWorkflowExecutionInitiated"|"requestCancelExternalWorkflowExecutionFailed"|"externalWorkflowExecutionCancelRequested");
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
                workflowExecutionSignaled?: (reprise.v1.WorkflowExecutionSignaled.$Properties|null);
                workflowExecutionCancelRequested?: (reprise.v1.WorkflowExecutionCancelRequested.$Properties|null);
                workflowExecutionCanceled?: (reprise.v1.WorkflowExecutionCanceled.$Properties|null);
                workflowExecutionTerminated?: (reprise.v1.WorkflowExecutionTerminated.$Properties|null);
                workflowExecutionTimedOut?: (reprise.v1.WorkflowExecutionTimedOut.$Properties|null);
                workflowExecutionContinuedAsNew?: (reprise.v1.WorkflowExecutionContinuedAsNew.$Properties|null);
                workflowExecutionUpdateAccepted?: (reprise.v1.WorkflowExecutionUpdateAccepted.$Properties|null);
                workflowExecutionUpdateCompleted?: (reprise.v1.WorkflowExecutionUpdateCompleted.$Properties|null);
                startChildWorkflowExecutionInitiated?: (reprise.v1.StartChildWorkflowExecutionInitiated.$Properties|null);
                startChildWorkflowExecutionFailed?: (reprise.v1.StartChildWorkflowExecutionFailed.$Properties|null);
                childWorkflowExecutionStarted?: (reprise.v1.ChildWorkflowExecutionStarted.$Properties|null);
                childWorkflowExecutionCompleted?: (reprise.v1.ChildWorkflowExecutionCompleted.$Properties|null);
                childWorkflowExecutionFailed?: (reprise.v1.ChildWorkflowExecutionFailed.$Properties|null);
                childWorkflowExecutionCanceled?: (reprise.v1.ChildWorkflowExecutionCanceled.$Properties|null);
                childWorkflowExecutionTerminated?: (reprise.v1.ChildWorkflowExecutionTerminated.$Properties|null);
                childWorkflowExecutionTimedOut?: (reprise.v1.ChildWorkflowExecutionTimedOut.$Properties|null);
                signalExternalWorkflowExecutionInitiated?: (reprise.v1.SignalExternalWorkflowExecutionInitiated.$Properties|null);
                signalExternalWorkflowExecutionFailed?: (reprise.v1.SignalExternalWorkflowExecutionFailed.$Properties|null);
                externalWorkflowExecutionSignaled?: (reprise.v1.ExternalWorkflowExecutionSignaled.$Properties|null);
                requestCancelExternalWorkflowExecutionInitiated?: (reprise.v1.RequestCancelExternalWorkflowExecutionInitiated.$Properties|null);
                requestCancelExternalWorkflowExecutionFailed?: (reprise.v1.RequestCancelExternalWorkflowExecutionFailed.$Properties|null);
                externalWorkflowExecutionCancelRequested?: (reprise.v1.ExternalWorkflowExecutionCancelRequested.$Properties|null);
                attributes?: ("workflowExecutionStarted"|"workflowExecutionCompleted"|"workflowExecutionFailed"|"workflowTaskScheduled"|"workflowTaskStarted"|"workflowTaskCompleted"|"workflowTaskFailed"|"workflowTaskTimedOut"|"activityTaskScheduled"|"activityTaskStarted"|"activityTaskCompleted"|"activityTaskFailed"|"activityTaskTimedOut"|"activityTaskCancelRequested"|"activityTaskCanceled"|"timerStarted"|"timerFired"|"timerCanceled"|"markerRecorded"|"workflowExecutionSignaled"|"workflowExecutionCancelRequested"|"workflowExecutionCanceled"|"workflowExecutionTerminated"|"workflowExecutionTimedOut"|"workflowExecutionContinuedAsNew"|"workflowExecutionUpdateAccepted"|"workflowExecutionUpdateCompleted"|"startChildWorkflowExecutionInitiated"|"startChildWorkflowExecutionFailed"|"childWorkflowExecutionStarted"|"childWorkflowExecutionCompleted"|"childWorkflowExecutionFailed"|"childWorkflowExecutionCanceled"|"childWorkflowExecutionTerminated"|"childWorkflowExecutionTimedOut"|"signalExternalWorkflowExecutionInitiated"|"signalExternalWorkflowExecutionFailed"|"externalWorkflowExecutionSignaled"|"requestCancelExternalWorkflowExecutionInitiated"|"requestCancelExternalWorkflowExecutionFailed"|"externalWorkflowExecutionCancelRequested");
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
              workflowExecutionSignaled?: reprise.v1.WorkflowExecutionSignaled.$Shape|null;
              workflowExecutionCancelRequested?: reprise.v1.WorkflowExecutionCancelRequested.$Shape|null;
              workflowExecutionCanceled?: reprise.v1.WorkflowExecutionCanceled.$Shape|null;
              workflowExecutionTerminated?: reprise.v1.WorkflowExecutionTerminated.$Shape|null;
              workflowExecutionTimedOut?: reprise.v1.WorkflowExecutionTimedOut.$Shape|null;
              workflowExecutionContinuedAsNew?: reprise.v1.WorkflowExecutionContinuedAsNew.$Shape|null;
              workflowExecutionUpdateAccepted?: reprise.v1.WorkflowExecutionUpdateAccepted.$Shape|null;
              workflowExecutionUpdateCompleted?: reprise.v1.WorkflowExecutionUpdateCompleted.$Shape|null;
              startChildWorkflowExecutionInitiated?: reprise.v1.StartChildWorkflowExecutionInitiated.$Shape|null;
              startChildWorkflowExecutionFailed?: reprise.v1.StartChildWorkflowExecutionFailed.$Shape|null;
              childWorkflowExecutionStarted?: reprise.v1.ChildWorkflowExecutionStarted.$Shape|null;
              childWorkflowExecutionCompleted?: reprise.v1.ChildWorkflowExecutionCompleted.$Shape|null;
              childWorkflowExecutionFailed?: reprise.v1.ChildWorkflowExecutionFailed.$Shape|null;
              childWorkflowExecutionCanceled?: reprise.v1.ChildWorkflowExecutionCanceled.$Shape|null;
              childWorkflowExecutionTerminated?: reprise.v1.ChildWorkflowExecutionTerminated.$Shape|null;
              childWorkflowExecutionTimedOut?: reprise.v1.ChildWorkflowExecutionTimedOut.$Shape|null;
              signalExternalWorkflowExecutionInitiated?: reprise.v1.SignalExternalWorkflowExecutionInitiated.$Shape|null;
              signalExternalWorkflowExecutionFailed?: reprise.v1.SignalExternalWorkflowExecutionFailed.$Shape|null;
              externalWorkflowExecutionSignaled?: reprise.v1.ExternalWorkflowExecutionSignaled.$Shape|null;
              requestCancelExternalWorkflowExecutionInitiated?: reprise.v1.RequestCancelExternalWorkflowExecutionInitiated.$Shape|null;
              requestCancelExternalWorkflowExecutionFailed?: reprise.v1.RequestCancelExternalWorkflowExecutionFailed.$Shape|null;
              externalWorkflowExecutionCancelRequested?: reprise.v1.ExternalWorkflowExecutionCancelRequested.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ attributes?: undefined; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "workflowExecutionStarted"; workflowExecutionStarted: reprise.v1.WorkflowExecutionStarted.$Shape; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "workflowExecutionCompleted"; workflowExecutionStarted?: null; workflowExecutionCompleted: reprise.v1.WorkflowExecutionCompleted.$Shape; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "workflowExecutionFailed"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed: reprise.v1.WorkflowExecutionFailed.$Shape; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "workflowTaskScheduled"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled: reprise.v1.WorkflowTaskScheduled.$Shape; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "workflowTaskStarted"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted: reprise.v1.WorkflowTaskStarted.$Shape; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "workflowTaskCompleted"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted: reprise.v1.WorkflowTaskCompleted.$Shape; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "workflowTaskFailed"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed: reprise.v1.WorkflowTaskFailed.$Shape; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "workflowTaskTimedOut"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut: reprise.v1.WorkflowTaskTimedOut.$Shape; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "activityTaskScheduled"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled: reprise.v1.ActivityTaskScheduled.$Shape; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "activityTaskStarted"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted: reprise.v1.ActivityTaskStarted.$Shape; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "activityTaskCompleted"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted: reprise.v1.ActivityTaskCompleted.$Shape; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "activityTaskFailed"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed: reprise.v1.ActivityTaskFailed.$Shape; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "activityTaskTimedOut"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut: reprise.v1.ActivityTaskTimedOut.$Shape; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "activityTaskCancelRequested"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested: reprise.v1.ActivityTaskCancelRequested.$Shape; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "activityTaskCanceled"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled: reprise.v1.ActivityTaskCanceled.$Shape; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "timerStarted"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted: reprise.v1.TimerStarted.$Shape; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "timerFired"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired: reprise.v1.TimerFired.$Shape; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "timerCanceled"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled: reprise.v1.TimerCanceled.$Shape; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "markerRecorded"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded: reprise.v1.MarkerRecorded.$Shape; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "workflowExecutionSignaled"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled: reprise.v1.WorkflowExecutionSignaled.$Shape; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "workflowExecutionCancelRequested"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested: reprise.v1.WorkflowExecutionCancelRequested.$Shape; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "workflowExecutionCanceled"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled: reprise.v1.WorkflowExecutionCanceled.$Shape; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "workflowExecutionTerminated"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated: reprise.v1.WorkflowExecutionTerminated.$Shape; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "workflowExecutionTimedOut"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut: reprise.v1.WorkflowExecutionTimedOut.$Shape; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "workflowExecutionContinuedAsNew"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew: reprise.v1.WorkflowExecutionContinuedAsNew.$Shape; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "workflowExecutionUpdateAccepted"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted: reprise.v1.WorkflowExecutionUpdateAccepted.$Shape; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "workflowExecutionUpdateCompleted"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted: reprise.v1.WorkflowExecutionUpdateCompleted.$Shape; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "startChildWorkflowExecutionInitiated"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated: reprise.v1.StartChildWorkflowExecutionInitiated.$Shape; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "startChildWorkflowExecutionFailed"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed: reprise.v1.StartChildWorkflowExecutionFailed.$Shape; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "childWorkflowExecutionStarted"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted: reprise.v1.ChildWorkflowExecutionStarted.$Shape; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "childWorkflowExecutionCompleted"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted: reprise.v1.ChildWorkflowExecutionCompleted.$Shape; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "childWorkflowExecutionFailed"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed: reprise.v1.ChildWorkflowExecutionFailed.$Shape; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "childWorkflowExecutionCanceled"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled: reprise.v1.ChildWorkflowExecutionCanceled.$Shape; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "childWorkflowExecutionTerminated"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated: reprise.v1.ChildWorkflowExecutionTerminated.$Shape; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "childWorkflowExecutionTimedOut"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut: reprise.v1.ChildWorkflowExecutionTimedOut.$Shape; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "signalExternalWorkflowExecutionInitiated"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated: reprise.v1.SignalExternalWorkflowExecutionInitiated.$Shape; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "signalExternalWorkflowExecutionFailed"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed: reprise.v1.SignalExternalWorkflowExecutionFailed.$Shape; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "externalWorkflowExecutionSignaled"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled: reprise.v1.ExternalWorkflowExecutionSignaled.$Shape; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "requestCancelExternalWorkflowExecutionInitiated"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated: reprise.v1.RequestCancelExternalWorkflowExecutionInitiated.$Shape; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "requestCancelExternalWorkflowExecutionFailed"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed: reprise.v1.RequestCancelExternalWorkflowExecutionFailed.$Shape; externalWorkflowExecutionCancelRequested?: null }|{ attributes?: "externalWorkflowExecutionCancelRequested"; workflowExecutionStarted?: null; workflowExecutionCompleted?: null; workflowExecutionFailed?: null; workflowTaskScheduled?: null; workflowTaskStarted?: null; workflowTaskCompleted?: null; workflowTaskFailed?: null; workflowTaskTimedOut?: null; activityTaskScheduled?: null; activityTaskStarted?: null; activityTaskCompleted?: null; activityTaskFailed?: null; activityTaskTimedOut?: null; activityTaskCancelRequested?: null; activityTaskCanceled?: null; timerStarted?: null; timerFired?: null; timerCanceled?: null; markerRecorded?: null; workflowExecutionSignaled?: null; workflowExecutionCancelRequested?: null; workflowExecutionCanceled?: null; workflowExecutionTerminated?: null; workflowExecutionTimedOut?: null; workflowExecutionContinuedAsNew?: null; workflowExecutionUpdateAccepted?: null; workflowExecutionUpdateCompleted?: null; startChildWorkflowExecutionInitiated?: null; startChildWorkflowExecutionFailed?: null; childWorkflowExecutionStarted?: null; childWorkflowExecutionCompleted?: null; childWorkflowExecutionFailed?: null; childWorkflowExecutionCanceled?: null; childWorkflowExecutionTerminated?: null; childWorkflowExecutionTimedOut?: null; signalExternalWorkflowExecutionInitiated?: null; signalExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionSignaled?: null; requestCancelExternalWorkflowExecutionInitiated?: null; requestCancelExternalWorkflowExecutionFailed?: null; externalWorkflowExecutionCancelRequested: reprise.v1.ExternalWorkflowExecutionCancelRequested.$Shape })
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
            parentExecution?: (reprise.v1.WorkflowExecution.$Properties|null);
            parentInitiatedEventId: number;
            continuedRunId: string;
            firstRunId: string;
            workflowExecutionTimeoutMs: number;
            workflowRunTimeoutMs: number;
            originalExecutionRunId: string;
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
                parentExecution?: (reprise.v1.WorkflowExecution.$Properties|null);
                parentInitiatedEventId?: (number|null);
                continuedRunId?: (string|null);
                firstRunId?: (string|null);
                workflowExecutionTimeoutMs?: (number|null);
                workflowRunTimeoutMs?: (number|null);
                originalExecutionRunId?: (string|null);
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
            baseRunId: string;
            reason: string;
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
                baseRunId?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              scheduledEventId?: number|null;
              startedEventId?: number|null;
              cause?: string|null;
              failure?: reprise.v1.Failure.$Shape|null;
              identity?: string|null;
              baseRunId?: string|null;
              reason?: string|null;
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

        interface IWorkflowExecutionSignaled extends reprise.v1.WorkflowExecutionSignaled.$Properties {
        }

        class WorkflowExecutionSignaled {
            constructor(properties?: reprise.v1.WorkflowExecutionSignaled.$Properties);
            $unknowns?: Uint8Array[];
            signalName: string;
            input?: (reprise.v1.Payloads.$Properties|null);
            identity: string;
            externalExecution?: (reprise.v1.WorkflowExecution.$Properties|null);
            reason: string;
            static create(properties: reprise.v1.WorkflowExecutionSignaled.$Shape): reprise.v1.WorkflowExecutionSignaled & reprise.v1.WorkflowExecutionSignaled.$Shape;
            static create(properties?: reprise.v1.WorkflowExecutionSignaled.$Properties): reprise.v1.WorkflowExecutionSignaled;
            static encode(message: reprise.v1.WorkflowExecutionSignaled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowExecutionSignaled & reprise.v1.WorkflowExecutionSignaled.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowExecutionSignaled;
            static toObject(message: reprise.v1.WorkflowExecutionSignaled, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowExecutionSignaled {
            interface $Properties {
                signalName?: (string|null);
                input?: (reprise.v1.Payloads.$Properties|null);
                identity?: (string|null);
                externalExecution?: (reprise.v1.WorkflowExecution.$Properties|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.WorkflowExecutionSignaled.$Properties;
        }

        interface IWorkflowExecutionCancelRequested extends reprise.v1.WorkflowExecutionCancelRequested.$Properties {
        }

        class WorkflowExecutionCancelRequested {
            constructor(properties?: reprise.v1.WorkflowExecutionCancelRequested.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            identity: string;
            externalExecution?: (reprise.v1.WorkflowExecution.$Properties|null);
            static create(properties: reprise.v1.WorkflowExecutionCancelRequested.$Shape): reprise.v1.WorkflowExecutionCancelRequested & reprise.v1.WorkflowExecutionCancelRequested.$Shape;
            static create(properties?: reprise.v1.WorkflowExecutionCancelRequested.$Properties): reprise.v1.WorkflowExecutionCancelRequested;
            static encode(message: reprise.v1.WorkflowExecutionCancelRequested.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowExecutionCancelRequested & reprise.v1.WorkflowExecutionCancelRequested.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowExecutionCancelRequested;
            static toObject(message: reprise.v1.WorkflowExecutionCancelRequested, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowExecutionCancelRequested {
            interface $Properties {
                reason?: (string|null);
                identity?: (string|null);
                externalExecution?: (reprise.v1.WorkflowExecution.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.WorkflowExecutionCancelRequested.$Properties;
        }

        interface IWorkflowExecutionCanceled extends reprise.v1.WorkflowExecutionCanceled.$Properties {
        }

        class WorkflowExecutionCanceled {
            constructor(properties?: reprise.v1.WorkflowExecutionCanceled.$Properties);
            $unknowns?: Uint8Array[];
            details?: (reprise.v1.Payloads.$Properties|null);
            workflowTaskCompletedEventId: number;
            static create(properties: reprise.v1.WorkflowExecutionCanceled.$Shape): reprise.v1.WorkflowExecutionCanceled & reprise.v1.WorkflowExecutionCanceled.$Shape;
            static create(properties?: reprise.v1.WorkflowExecutionCanceled.$Properties): reprise.v1.WorkflowExecutionCanceled;
            static encode(message: reprise.v1.WorkflowExecutionCanceled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowExecutionCanceled & reprise.v1.WorkflowExecutionCanceled.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowExecutionCanceled;
            static toObject(message: reprise.v1.WorkflowExecutionCanceled, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowExecutionCanceled {
            interface $Properties {
                details?: (reprise.v1.Payloads.$Properties|null);
                workflowTaskCompletedEventId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.WorkflowExecutionCanceled.$Properties;
        }

        interface IWorkflowExecutionTerminated extends reprise.v1.WorkflowExecutionTerminated.$Properties {
        }

        class WorkflowExecutionTerminated {
            constructor(properties?: reprise.v1.WorkflowExecutionTerminated.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            identity: string;
            newExecutionRunId: string;
            static create(properties: reprise.v1.WorkflowExecutionTerminated.$Shape): reprise.v1.WorkflowExecutionTerminated & reprise.v1.WorkflowExecutionTerminated.$Shape;
            static create(properties?: reprise.v1.WorkflowExecutionTerminated.$Properties): reprise.v1.WorkflowExecutionTerminated;
            static encode(message: reprise.v1.WorkflowExecutionTerminated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowExecutionTerminated & reprise.v1.WorkflowExecutionTerminated.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowExecutionTerminated;
            static toObject(message: reprise.v1.WorkflowExecutionTerminated, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowExecutionTerminated {
            interface $Properties {
                reason?: (string|null);
                identity?: (string|null);
                newExecutionRunId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.WorkflowExecutionTerminated.$Properties;
        }

        interface IWorkflowExecutionTimedOut extends reprise.v1.WorkflowExecutionTimedOut.$Properties {
        }

        class WorkflowExecutionTimedOut {
            constructor(properties?: reprise.v1.WorkflowExecutionTimedOut.$Properties);
            $unknowns?: Uint8Array[];
            timeoutType: reprise.v1.TimeoutType;
            static create(properties: reprise.v1.WorkflowExecutionTimedOut.$Shape): reprise.v1.WorkflowExecutionTimedOut & reprise.v1.WorkflowExecutionTimedOut.$Shape;
            static create(properties?: reprise.v1.WorkflowExecutionTimedOut.$Properties): reprise.v1.WorkflowExecutionTimedOut;
            static encode(message: reprise.v1.WorkflowExecutionTimedOut.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowExecutionTimedOut & reprise.v1.WorkflowExecutionTimedOut.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowExecutionTimedOut;
            static toObject(message: reprise.v1.WorkflowExecutionTimedOut, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowExecutionTimedOut {
            interface $Properties {
                timeoutType?: (reprise.v1.TimeoutType|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.WorkflowExecutionTimedOut.$Properties;
        }

        interface IWorkflowExecutionContinuedAsNew extends reprise.v1.WorkflowExecutionContinuedAsNew.$Properties {
        }

        class WorkflowExecutionContinuedAsNew {
            constructor(properties?: reprise.v1.WorkflowExecutionContinuedAsNew.$Properties);
            $unknowns?: Uint8Array[];
            newExecutionRunId: string;
            workflowType: string;
            taskQueue: string;
            input?: (reprise.v1.Payloads.$Properties|null);
            workflowTaskCompletedEventId: number;
            static create(properties: reprise.v1.WorkflowExecutionContinuedAsNew.$Shape): reprise.v1.WorkflowExecutionContinuedAsNew & reprise.v1.WorkflowExecutionContinuedAsNew.$Shape;
            static create(properties?: reprise.v1.WorkflowExecutionContinuedAsNew.$Properties): reprise.v1.WorkflowExecutionContinuedAsNew;
            static encode(message: reprise.v1.WorkflowExecutionContinuedAsNew.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowExecutionContinuedAsNew & reprise.v1.WorkflowExecutionContinuedAsNew.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowExecutionContinuedAsNew;
            static toObject(message: reprise.v1.WorkflowExecutionContinuedAsNew, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowExecutionContinuedAsNew {
            interface $Properties {
                newExecutionRunId?: (string|null);
                workflowType?: (string|null);
                taskQueue?: (string|null);
                input?: (reprise.v1.Payloads.$Properties|null);
                workflowTaskCompletedEventId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.WorkflowExecutionContinuedAsNew.$Properties;
        }

        interface IWorkflowExecutionUpdateAccepted extends reprise.v1.WorkflowExecutionUpdateAccepted.$Properties {
        }

        class WorkflowExecutionUpdateAccepted {
            constructor(properties?: reprise.v1.WorkflowExecutionUpdateAccepted.$Properties);
            $unknowns?: Uint8Array[];
            updateId: string;
            name: string;
            input?: (reprise.v1.Payloads.$Properties|null);
            identity: string;
            static create(properties: reprise.v1.WorkflowExecutionUpdateAccepted.$Shape): reprise.v1.WorkflowExecutionUpdateAccepted & reprise.v1.WorkflowExecutionUpdateAccepted.$Shape;
            static create(properties?: reprise.v1.WorkflowExecutionUpdateAccepted.$Properties): reprise.v1.WorkflowExecutionUpdateAccepted;
            static encode(message: reprise.v1.WorkflowExecutionUpdateAccepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowExecutionUpdateAccepted & reprise.v1.WorkflowExecutionUpdateAccepted.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowExecutionUpdateAccepted;
            static toObject(message: reprise.v1.WorkflowExecutionUpdateAccepted, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowExecutionUpdateAccepted {
            interface $Properties {
                updateId?: (string|null);
                name?: (string|null);
                input?: (reprise.v1.Payloads.$Properties|null);
                identity?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.WorkflowExecutionUpdateAccepted.$Properties;
        }

        interface IWorkflowExecutionUpdateCompleted extends reprise.v1.WorkflowExecutionUpdateCompleted.$Properties {
        }

        class WorkflowExecutionUpdateCompleted {
            constructor(properties?: reprise.v1.WorkflowExecutionUpdateCompleted.$Properties);
            $unknowns?: Uint8Array[];
            updateId: string;
            result?: (reprise.v1.Payloads.$Properties|null);
            failure?: (reprise.v1.Failure.$Properties|null);
            workflowTaskCompletedEventId: number;
            static create(properties: reprise.v1.WorkflowExecutionUpdateCompleted.$Shape): reprise.v1.WorkflowExecutionUpdateCompleted & reprise.v1.WorkflowExecutionUpdateCompleted.$Shape;
            static create(properties?: reprise.v1.WorkflowExecutionUpdateCompleted.$Properties): reprise.v1.WorkflowExecutionUpdateCompleted;
            static encode(message: reprise.v1.WorkflowExecutionUpdateCompleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkflowExecutionUpdateCompleted & reprise.v1.WorkflowExecutionUpdateCompleted.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkflowExecutionUpdateCompleted;
            static toObject(message: reprise.v1.WorkflowExecutionUpdateCompleted, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkflowExecutionUpdateCompleted {
            interface $Properties {
                updateId?: (string|null);
                result?: (reprise.v1.Payloads.$Properties|null);
                failure?: (reprise.v1.Failure.$Properties|null);
                workflowTaskCompletedEventId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              updateId?: string|null;
              result?: reprise.v1.Payloads.$Shape|null;
              failure?: reprise.v1.Failure.$Shape|null;
              workflowTaskCompletedEventId?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IStartChildWorkflowExecutionInitiated extends reprise.v1.StartChildWorkflowExecutionInitiated.$Properties {
        }

        class StartChildWorkflowExecutionInitiated {
            constructor(properties?: reprise.v1.StartChildWorkflowExecutionInitiated.$Properties);
            $unknowns?: Uint8Array[];
            childId: string;
            workflowId: string;
            workflowType: string;
            taskQueue: string;
            input?: (reprise.v1.Payloads.$Properties|null);
            workflowTaskTimeoutMs: number;
            workflowExecutionTimeoutMs: number;
            workflowRunTimeoutMs: number;
            parentClosePolicy: reprise.v1.ParentClosePolicy;
            workflowIdReusePolicy: reprise.v1.WorkflowIdReusePolicy;
            workflowTaskCompletedEventId: number;
            static create(properties: reprise.v1.StartChildWorkflowExecutionInitiated.$Shape): reprise.v1.StartChildWorkflowExecutionInitiated & reprise.v1.StartChildWorkflowExecutionInitiated.$Shape;
            static create(properties?: reprise.v1.StartChildWorkflowExecutionInitiated.$Properties): reprise.v1.StartChildWorkflowExecutionInitiated;
            static encode(message: reprise.v1.StartChildWorkflowExecutionInitiated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.StartChildWorkflowExecutionInitiated & reprise.v1.StartChildWorkflowExecutionInitiated.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.StartChildWorkflowExecutionInitiated;
            static toObject(message: reprise.v1.StartChildWorkflowExecutionInitiated, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace StartChildWorkflowExecutionInitiated {
            interface $Properties {
                childId?: (string|null);
                workflowId?: (string|null);
                workflowType?: (string|null);
                taskQueue?: (string|null);
                input?: (reprise.v1.Payloads.$Properties|null);
                workflowTaskTimeoutMs?: (number|null);
                workflowExecutionTimeoutMs?: (number|null);
                workflowRunTimeoutMs?: (number|null);
                parentClosePolicy?: (reprise.v1.ParentClosePolicy|null);
                workflowIdReusePolicy?: (reprise.v1.WorkflowIdReusePolicy|null);
                workflowTaskCompletedEventId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.StartChildWorkflowExecutionInitiated.$Properties;
        }

        interface IStartChildWorkflowExecutionFailed extends reprise.v1.StartChildWorkflowExecutionFailed.$Properties {
        }

        class StartChildWorkflowExecutionFailed {
            constructor(properties?: reprise.v1.StartChildWorkflowExecutionFailed.$Properties);
            $unknowns?: Uint8Array[];
            initiatedEventId: number;
            workflowId: string;
            workflowType: string;
            cause: string;
            message: string;
            static create(properties: reprise.v1.StartChildWorkflowExecutionFailed.$Shape): reprise.v1.StartChildWorkflowExecutionFailed & reprise.v1.StartChildWorkflowExecutionFailed.$Shape;
            static create(properties?: reprise.v1.StartChildWorkflowExecutionFailed.$Properties): reprise.v1.StartChildWorkflowExecutionFailed;
            static encode(message: reprise.v1.StartChildWorkflowExecutionFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.StartChildWorkflowExecutionFailed & reprise.v1.StartChildWorkflowExecutionFailed.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.StartChildWorkflowExecutionFailed;
            static toObject(message: reprise.v1.StartChildWorkflowExecutionFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace StartChildWorkflowExecutionFailed {
            interface $Properties {
                initiatedEventId?: (number|null);
                workflowId?: (string|null);
                workflowType?: (string|null);
                cause?: (string|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.StartChildWorkflowExecutionFailed.$Properties;
        }

        interface IChildWorkflowExecutionStarted extends reprise.v1.ChildWorkflowExecutionStarted.$Properties {
        }

        class ChildWorkflowExecutionStarted {
            constructor(properties?: reprise.v1.ChildWorkflowExecutionStarted.$Properties);
            $unknowns?: Uint8Array[];
            initiatedEventId: number;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            workflowType: string;
            static create(properties: reprise.v1.ChildWorkflowExecutionStarted.$Shape): reprise.v1.ChildWorkflowExecutionStarted & reprise.v1.ChildWorkflowExecutionStarted.$Shape;
            static create(properties?: reprise.v1.ChildWorkflowExecutionStarted.$Properties): reprise.v1.ChildWorkflowExecutionStarted;
            static encode(message: reprise.v1.ChildWorkflowExecutionStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ChildWorkflowExecutionStarted & reprise.v1.ChildWorkflowExecutionStarted.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ChildWorkflowExecutionStarted;
            static toObject(message: reprise.v1.ChildWorkflowExecutionStarted, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ChildWorkflowExecutionStarted {
            interface $Properties {
                initiatedEventId?: (number|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                workflowType?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ChildWorkflowExecutionStarted.$Properties;
        }

        interface IChildWorkflowExecutionCompleted extends reprise.v1.ChildWorkflowExecutionCompleted.$Properties {
        }

        class ChildWorkflowExecutionCompleted {
            constructor(properties?: reprise.v1.ChildWorkflowExecutionCompleted.$Properties);
            $unknowns?: Uint8Array[];
            initiatedEventId: number;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            result?: (reprise.v1.Payloads.$Properties|null);
            static create(properties: reprise.v1.ChildWorkflowExecutionCompleted.$Shape): reprise.v1.ChildWorkflowExecutionCompleted & reprise.v1.ChildWorkflowExecutionCompleted.$Shape;
            static create(properties?: reprise.v1.ChildWorkflowExecutionCompleted.$Properties): reprise.v1.ChildWorkflowExecutionCompleted;
            static encode(message: reprise.v1.ChildWorkflowExecutionCompleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ChildWorkflowExecutionCompleted & reprise.v1.ChildWorkflowExecutionCompleted.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ChildWorkflowExecutionCompleted;
            static toObject(message: reprise.v1.ChildWorkflowExecutionCompleted, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ChildWorkflowExecutionCompleted {
            interface $Properties {
                initiatedEventId?: (number|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                result?: (reprise.v1.Payloads.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ChildWorkflowExecutionCompleted.$Properties;
        }

        interface IChildWorkflowExecutionFailed extends reprise.v1.ChildWorkflowExecutionFailed.$Properties {
        }

        class ChildWorkflowExecutionFailed {
            constructor(properties?: reprise.v1.ChildWorkflowExecutionFailed.$Properties);
            $unknowns?: Uint8Array[];
            initiatedEventId: number;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            failure?: (reprise.v1.Failure.$Properties|null);
            static create(properties: reprise.v1.ChildWorkflowExecutionFailed.$Shape): reprise.v1.ChildWorkflowExecutionFailed & reprise.v1.ChildWorkflowExecutionFailed.$Shape;
            static create(properties?: reprise.v1.ChildWorkflowExecutionFailed.$Properties): reprise.v1.ChildWorkflowExecutionFailed;
            static encode(message: reprise.v1.ChildWorkflowExecutionFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ChildWorkflowExecutionFailed & reprise.v1.ChildWorkflowExecutionFailed.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ChildWorkflowExecutionFailed;
            static toObject(message: reprise.v1.ChildWorkflowExecutionFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ChildWorkflowExecutionFailed {
            interface $Properties {
                initiatedEventId?: (number|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                failure?: (reprise.v1.Failure.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              initiatedEventId?: number|null;
              execution?: reprise.v1.WorkflowExecution.$Shape|null;
              failure?: reprise.v1.Failure.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IChildWorkflowExecutionCanceled extends reprise.v1.ChildWorkflowExecutionCanceled.$Properties {
        }

        class ChildWorkflowExecutionCanceled {
            constructor(properties?: reprise.v1.ChildWorkflowExecutionCanceled.$Properties);
            $unknowns?: Uint8Array[];
            initiatedEventId: number;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            details?: (reprise.v1.Payloads.$Properties|null);
            static create(properties: reprise.v1.ChildWorkflowExecutionCanceled.$Shape): reprise.v1.ChildWorkflowExecutionCanceled & reprise.v1.ChildWorkflowExecutionCanceled.$Shape;
            static create(properties?: reprise.v1.ChildWorkflowExecutionCanceled.$Properties): reprise.v1.ChildWorkflowExecutionCanceled;
            static encode(message: reprise.v1.ChildWorkflowExecutionCanceled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ChildWorkflowExecutionCanceled & reprise.v1.ChildWorkflowExecutionCanceled.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ChildWorkflowExecutionCanceled;
            static toObject(message: reprise.v1.ChildWorkflowExecutionCanceled, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ChildWorkflowExecutionCanceled {
            interface $Properties {
                initiatedEventId?: (number|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                details?: (reprise.v1.Payloads.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ChildWorkflowExecutionCanceled.$Properties;
        }

        interface IChildWorkflowExecutionTerminated extends reprise.v1.ChildWorkflowExecutionTerminated.$Properties {
        }

        class ChildWorkflowExecutionTerminated {
            constructor(properties?: reprise.v1.ChildWorkflowExecutionTerminated.$Properties);
            $unknowns?: Uint8Array[];
            initiatedEventId: number;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            reason: string;
            static create(properties: reprise.v1.ChildWorkflowExecutionTerminated.$Shape): reprise.v1.ChildWorkflowExecutionTerminated & reprise.v1.ChildWorkflowExecutionTerminated.$Shape;
            static create(properties?: reprise.v1.ChildWorkflowExecutionTerminated.$Properties): reprise.v1.ChildWorkflowExecutionTerminated;
            static encode(message: reprise.v1.ChildWorkflowExecutionTerminated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ChildWorkflowExecutionTerminated & reprise.v1.ChildWorkflowExecutionTerminated.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ChildWorkflowExecutionTerminated;
            static toObject(message: reprise.v1.ChildWorkflowExecutionTerminated, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ChildWorkflowExecutionTerminated {
            interface $Properties {
                initiatedEventId?: (number|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ChildWorkflowExecutionTerminated.$Properties;
        }

        interface IChildWorkflowExecutionTimedOut extends reprise.v1.ChildWorkflowExecutionTimedOut.$Properties {
        }

        class ChildWorkflowExecutionTimedOut {
            constructor(properties?: reprise.v1.ChildWorkflowExecutionTimedOut.$Properties);
            $unknowns?: Uint8Array[];
            initiatedEventId: number;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            static create(properties: reprise.v1.ChildWorkflowExecutionTimedOut.$Shape): reprise.v1.ChildWorkflowExecutionTimedOut & reprise.v1.ChildWorkflowExecutionTimedOut.$Shape;
            static create(properties?: reprise.v1.ChildWorkflowExecutionTimedOut.$Properties): reprise.v1.ChildWorkflowExecutionTimedOut;
            static encode(message: reprise.v1.ChildWorkflowExecutionTimedOut.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ChildWorkflowExecutionTimedOut & reprise.v1.ChildWorkflowExecutionTimedOut.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ChildWorkflowExecutionTimedOut;
            static toObject(message: reprise.v1.ChildWorkflowExecutionTimedOut, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ChildWorkflowExecutionTimedOut {
            interface $Properties {
                initiatedEventId?: (number|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ChildWorkflowExecutionTimedOut.$Properties;
        }

        interface ISignalExternalWorkflowExecutionInitiated extends reprise.v1.SignalExternalWorkflowExecutionInitiated.$Properties {
        }

        class SignalExternalWorkflowExecutionInitiated {
            constructor(properties?: reprise.v1.SignalExternalWorkflowExecutionInitiated.$Properties);
            $unknowns?: Uint8Array[];
            signalId: string;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            signalName: string;
            input?: (reprise.v1.Payloads.$Properties|null);
            workflowTaskCompletedEventId: number;
            static create(properties: reprise.v1.SignalExternalWorkflowExecutionInitiated.$Shape): reprise.v1.SignalExternalWorkflowExecutionInitiated & reprise.v1.SignalExternalWorkflowExecutionInitiated.$Shape;
            static create(properties?: reprise.v1.SignalExternalWorkflowExecutionInitiated.$Properties): reprise.v1.SignalExternalWorkflowExecutionInitiated;
            static encode(message: reprise.v1.SignalExternalWorkflowExecutionInitiated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.SignalExternalWorkflowExecutionInitiated & reprise.v1.SignalExternalWorkflowExecutionInitiated.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.SignalExternalWorkflowExecutionInitiated;
            static toObject(message: reprise.v1.SignalExternalWorkflowExecutionInitiated, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignalExternalWorkflowExecutionInitiated {
            interface $Properties {
                signalId?: (string|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                signalName?: (string|null);
                input?: (reprise.v1.Payloads.$Properties|null);
                workflowTaskCompletedEventId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.SignalExternalWorkflowExecutionInitiated.$Properties;
        }

        interface ISignalExternalWorkflowExecutionFailed extends reprise.v1.SignalExternalWorkflowExecutionFailed.$Properties {
        }

        class SignalExternalWorkflowExecutionFailed {
            constructor(properties?: reprise.v1.SignalExternalWorkflowExecutionFailed.$Properties);
            $unknowns?: Uint8Array[];
            initiatedEventId: number;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            message: string;
            static create(properties: reprise.v1.SignalExternalWorkflowExecutionFailed.$Shape): reprise.v1.SignalExternalWorkflowExecutionFailed & reprise.v1.SignalExternalWorkflowExecutionFailed.$Shape;
            static create(properties?: reprise.v1.SignalExternalWorkflowExecutionFailed.$Properties): reprise.v1.SignalExternalWorkflowExecutionFailed;
            static encode(message: reprise.v1.SignalExternalWorkflowExecutionFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.SignalExternalWorkflowExecutionFailed & reprise.v1.SignalExternalWorkflowExecutionFailed.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.SignalExternalWorkflowExecutionFailed;
            static toObject(message: reprise.v1.SignalExternalWorkflowExecutionFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignalExternalWorkflowExecutionFailed {
            interface $Properties {
                initiatedEventId?: (number|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.SignalExternalWorkflowExecutionFailed.$Properties;
        }

        interface IExternalWorkflowExecutionSignaled extends reprise.v1.ExternalWorkflowExecutionSignaled.$Properties {
        }

        class ExternalWorkflowExecutionSignaled {
            constructor(properties?: reprise.v1.ExternalWorkflowExecutionSignaled.$Properties);
            $unknowns?: Uint8Array[];
            initiatedEventId: number;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            static create(properties: reprise.v1.ExternalWorkflowExecutionSignaled.$Shape): reprise.v1.ExternalWorkflowExecutionSignaled & reprise.v1.ExternalWorkflowExecutionSignaled.$Shape;
            static create(properties?: reprise.v1.ExternalWorkflowExecutionSignaled.$Properties): reprise.v1.ExternalWorkflowExecutionSignaled;
            static encode(message: reprise.v1.ExternalWorkflowExecutionSignaled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ExternalWorkflowExecutionSignaled & reprise.v1.ExternalWorkflowExecutionSignaled.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ExternalWorkflowExecutionSignaled;
            static toObject(message: reprise.v1.ExternalWorkflowExecutionSignaled, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ExternalWorkflowExecutionSignaled {
            interface $Properties {
                initiatedEventId?: (number|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ExternalWorkflowExecutionSignaled.$Properties;
        }

        interface IRequestCancelExternalWorkflowExecutionInitiated extends reprise.v1.RequestCancelExternalWorkflowExecutionInitiated.$Properties {
        }

        class RequestCancelExternalWorkflowExecutionInitiated {
            constructor(properties?: reprise.v1.RequestCancelExternalWorkflowExecutionInitiated.$Properties);
            $unknowns?: Uint8Array[];
            cancelId: string;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            reason: string;
            workflowTaskCompletedEventId: number;
            static create(properties: reprise.v1.RequestCancelExternalWorkflowExecutionInitiated.$Shape): reprise.v1.RequestCancelExternalWorkflowExecutionInitiated & reprise.v1.RequestCancelExternalWorkflowExecutionInitiated.$Shape;
            static create(properties?: reprise.v1.RequestCancelExternalWorkflowExecutionInitiated.$Properties): reprise.v1.RequestCancelExternalWorkflowExecutionInitiated;
            static encode(message: reprise.v1.RequestCancelExternalWorkflowExecutionInitiated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.RequestCancelExternalWorkflowExecutionInitiated & reprise.v1.RequestCancelExternalWorkflowExecutionInitiated.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.RequestCancelExternalWorkflowExecutionInitiated;
            static toObject(message: reprise.v1.RequestCancelExternalWorkflowExecutionInitiated, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RequestCancelExternalWorkflowExecutionInitiated {
            interface $Properties {
                cancelId?: (string|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                reason?: (string|null);
                workflowTaskCompletedEventId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.RequestCancelExternalWorkflowExecutionInitiated.$Properties;
        }

        interface IRequestCancelExternalWorkflowExecutionFailed extends reprise.v1.RequestCancelExternalWorkflowExecutionFailed.$Properties {
        }

        class RequestCancelExternalWorkflowExecutionFailed {
            constructor(properties?: reprise.v1.RequestCancelExternalWorkflowExecutionFailed.$Properties);
            $unknowns?: Uint8Array[];
            initiatedEventId: number;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            message: string;
            static create(properties: reprise.v1.RequestCancelExternalWorkflowExecutionFailed.$Shape): reprise.v1.RequestCancelExternalWorkflowExecutionFailed & reprise.v1.RequestCancelExternalWorkflowExecutionFailed.$Shape;
            static create(properties?: reprise.v1.RequestCancelExternalWorkflowExecutionFailed.$Properties): reprise.v1.RequestCancelExternalWorkflowExecutionFailed;
            static encode(message: reprise.v1.RequestCancelExternalWorkflowExecutionFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.RequestCancelExternalWorkflowExecutionFailed & reprise.v1.RequestCancelExternalWorkflowExecutionFailed.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.RequestCancelExternalWorkflowExecutionFailed;
            static toObject(message: reprise.v1.RequestCancelExternalWorkflowExecutionFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RequestCancelExternalWorkflowExecutionFailed {
            interface $Properties {
                initiatedEventId?: (number|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.RequestCancelExternalWorkflowExecutionFailed.$Properties;
        }

        interface IExternalWorkflowExecutionCancelRequested extends reprise.v1.ExternalWorkflowExecutionCancelRequested.$Properties {
        }

        class ExternalWorkflowExecutionCancelRequested {
            constructor(properties?: reprise.v1.ExternalWorkflowExecutionCancelRequested.$Properties);
            $unknowns?: Uint8Array[];
            initiatedEventId: number;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            static create(properties: reprise.v1.ExternalWorkflowExecutionCancelRequested.$Shape): reprise.v1.ExternalWorkflowExecutionCancelRequested & reprise.v1.ExternalWorkflowExecutionCancelRequested.$Shape;
            static create(properties?: reprise.v1.ExternalWorkflowExecutionCancelRequested.$Properties): reprise.v1.ExternalWorkflowExecutionCancelRequested;
            static encode(message: reprise.v1.ExternalWorkflowExecutionCancelRequested.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ExternalWorkflowExecutionCancelRequested & reprise.v1.ExternalWorkflowExecutionCancelRequested.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ExternalWorkflowExecutionCancelRequested;
            static toObject(message: reprise.v1.ExternalWorkflowExecutionCancelRequested, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ExternalWorkflowExecutionCancelRequested {
            interface $Properties {
                initiatedEventId?: (number|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ExternalWorkflowExecutionCancelRequested.$Properties;
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
            continueAsNewSuggested: boolean;
            startedEventId: number;
            nextPageToken: Uint8Array;
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
                continueAsNewSuggested?: (boolean|null);
                startedEventId?: (number|null);
                nextPageToken?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              taskToken?: Uint8Array|null;
              execution?: reprise.v1.WorkflowExecution.$Shape|null;
              workflowType?: string|null;
              history?: reprise.v1.HistoryEvent.$Shape[]|null;
              attempt?: number|null;
              taskQueue?: string|null;
              continueAsNewSuggested?: boolean|null;
              startedEventId?: number|null;
              nextPageToken?: Uint8Array|null;
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
            sticky: boolean;
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
                sticky?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              taskToken?: Uint8Array|null;
              commands?: reprise.v1.Command.$Shape[]|null;
              identity?: string|null;
              sticky?: boolean|null;
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
            workflowTypes: string[];
            acceptsBatches: boolean;
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
                workflowTypes?: (string[]|null);
                acceptsBatches?: (boolean|null);
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
            release?: (reprise.v1.SlotGrant.$Properties|null);
            hello?: (reprise.v1.WorkerHello.$Properties|null);
            grant?: (reprise.v1.SlotGrant.$Properties|null);
            completeWorkflowTask?: (reprise.v1.CompleteWorkflowTaskRequest.$Properties|null);
            failWorkflowTask?: (reprise.v1.FailWorkflowTaskRequest.$Properties|null);
            completeActivityTask?: (reprise.v1.CompleteActivityTaskRequest.$Properties|null);
            failActivityTask?: (reprise.v1.FailActivityTaskRequest.$Properties|null);
            drain?: (reprise.v1.Drain.$Properties|null);
            heartbeat?: (reprise.v1.RecordActivityTaskHeartbeatRequest.$Properties|null);
            queryResult?: (reprise.v1.QueryResult.$Properties|null);
            batch?: (reprise.v1.WorkerBatch.$Properties|null);
            message?: ("hello"|"grant"|"completeWorkflowTask"|"failWorkflowTask"|"completeActivityTask"|"failActivityTask"|"drain"|"heartbeat"|"queryResult"|"batch");
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
                release?: (reprise.v1.SlotGrant.$Properties|null);
                hello?: (reprise.v1.WorkerHello.$Properties|null);
                grant?: (reprise.v1.SlotGrant.$Properties|null);
                completeWorkflowTask?: (reprise.v1.CompleteWorkflowTaskRequest.$Properties|null);
                failWorkflowTask?: (reprise.v1.FailWorkflowTaskRequest.$Properties|null);
                completeActivityTask?: (reprise.v1.CompleteActivityTaskRequest.$Properties|null);
                failActivityTask?: (reprise.v1.FailActivityTaskRequest.$Properties|null);
                drain?: (reprise.v1.Drain.$Properties|null);
                heartbeat?: (reprise.v1.RecordActivityTaskHeartbeatRequest.$Properties|null);
                queryResult?: (reprise.v1.QueryResult.$Properties|null);
                batch?: (reprise.v1.WorkerBatch.$Properties|null);
                message?: ("hello"|"grant"|"completeWorkflowTask"|"failWorkflowTask"|"completeActivityTask"|"failActivityTask"|"drain"|"heartbeat"|"queryResult"|"batch");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              ref?: number|null;
              release?: reprise.v1.SlotGrant.$Shape|null;
              hello?: reprise.v1.WorkerHello.$Shape|null;
              grant?: reprise.v1.SlotGrant.$Shape|null;
              completeWorkflowTask?: reprise.v1.CompleteWorkflowTaskRequest.$Shape|null;
              failWorkflowTask?: reprise.v1.FailWorkflowTaskRequest.$Shape|null;
              completeActivityTask?: reprise.v1.CompleteActivityTaskRequest.$Shape|null;
              failActivityTask?: reprise.v1.FailActivityTaskRequest.$Shape|null;
              drain?: reprise.v1.Drain.$Shape|null;
              heartbeat?: reprise.v1.RecordActivityTaskHeartbeatRequest.$Shape|null;
              queryResult?: reprise.v1.QueryResult.$Shape|null;
              batch?: reprise.v1.WorkerBatch.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ message?: undefined; hello?: null; grant?: null; completeWorkflowTask?: null; failWorkflowTask?: null; completeActivityTask?: null; failActivityTask?: null; drain?: null; heartbeat?: null; queryResult?: null; batch?: null }|{ message?: "hello"; hello: reprise.v1.WorkerHello.$Shape; grant?: null; completeWorkflowTask?: null; failWorkflowTask?: null; completeActivityTask?: null; failActivityTask?: null; drain?: null; heartbeat?: null; queryResult?: null; batch?: null }|{ message?: "grant"; hello?: null; grant: reprise.v1.SlotGrant.$Shape; completeWorkflowTask?: null; failWorkflowTask?: null; completeActivityTask?: null; failActivityTask?: null; drain?: null; heartbeat?: null; queryResult?: null; batch?: null }|{ message?: "completeWorkflowTask"; hello?: null; grant?: null; completeWorkflowTask: reprise.v1.CompleteWorkflowTaskRequest.$Shape; failWorkflowTask?: null; completeActivityTask?: null; failActivityTask?: null; drain?: null; heartbeat?: null; queryResult?: null; batch?: null }|{ message?: "failWorkflowTask"; hello?: null; grant?: null; completeWorkflowTask?: null; failWorkflowTask: reprise.v1.FailWorkflowTaskRequest.$Shape; completeActivityTask?: null; failActivityTask?: null; drain?: null; heartbeat?: null; queryResult?: null; batch?: null }|{ message?: "completeActivityTask"; hello?: null; grant?: null; completeWorkflowTask?: null; failWorkflowTask?: null; completeActivityTask: reprise.v1.CompleteActivityTaskRequest.$Shape; failActivityTask?: null; drain?: null; heartbeat?: null; queryResult?: null; batch?: null }|{ message?: "failActivityTask"; hello?: null; grant?: null; completeWorkflowTask?: null; failWorkflowTask?: null; completeActivityTask?: null; failActivityTask: reprise.v1.FailActivityTaskRequest.$Shape; drain?: null; heartbeat?: null; queryResult?: null; batch?: null }|{ message?: "drain"; hello?: null; grant?: null; completeWorkflowTask?: null; failWorkflowTask?: null; completeActivityTask?: null; failActivityTask?: null; drain: reprise.v1.Drain.$Shape; heartbeat?: null; queryResult?: null; batch?: null }|{ message?: "heartbeat"; hello?: null; grant?: null; completeWorkflowTask?: null; failWorkflowTask?: null; completeActivityTask?: null; failActivityTask?: null; drain?: null; heartbeat: reprise.v1.RecordActivityTaskHeartbeatRequest.$Shape; queryResult?: null; batch?: null }|{ message?: "queryResult"; hello?: null; grant?: null; completeWorkflowTask?: null; failWorkflowTask?: null; completeActivityTask?: null; failActivityTask?: null; drain?: null; heartbeat?: null; queryResult: reprise.v1.QueryResult.$Shape; batch?: null }|{ message?: "batch"; hello?: null; grant?: null; completeWorkflowTask?: null; failWorkflowTask?: null; completeActivityTask?: null; failActivityTask?: null; drain?: null; heartbeat?: null; queryResult?: null; batch: reprise.v1.WorkerBatch.$Shape })
            );
        }

        interface IWorkerBatch extends reprise.v1.WorkerBatch.$Properties {
        }

        class WorkerBatch {
            constructor(properties?: reprise.v1.WorkerBatch.$Properties);
            $unknowns?: Uint8Array[];
            messages: reprise.v1.WorkerMessage.$Properties[];
            static create(properties: reprise.v1.WorkerBatch.$Shape): reprise.v1.WorkerBatch & reprise.v1.WorkerBatch.$Shape;
            static create(properties?: reprise.v1.WorkerBatch.$Properties): reprise.v1.WorkerBatch;
            static encode(message: reprise.v1.WorkerBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.WorkerBatch & reprise.v1.WorkerBatch.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.WorkerBatch;
            static toObject(message: reprise.v1.WorkerBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace WorkerBatch {
            interface $Properties {
                messages?: (reprise.v1.WorkerMessage.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              messages?: reprise.v1.WorkerMessage.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
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
            acceptsBatches: boolean;
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
                acceptsBatches?: (boolean|null);
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
            queryTask?: (reprise.v1.QueryTask.$Properties|null);
            batch?: (reprise.v1.ServerBatch.$Properties|null);
            message?: ("workflowTask"|"activityTask"|"ack"|"queryTask"|"batch");
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
                queryTask?: (reprise.v1.QueryTask.$Properties|null);
                batch?: (reprise.v1.ServerBatch.$Properties|null);
                message?: ("workflowTask"|"activityTask"|"ack"|"queryTask"|"batch");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              workflowTask?: reprise.v1.WorkflowTask.$Shape|null;
              activityTask?: reprise.v1.ActivityTask.$Shape|null;
              ack?: reprise.v1.Ack.$Shape|null;
              queryTask?: reprise.v1.QueryTask.$Shape|null;
              batch?: reprise.v1.ServerBatch.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ message?: undefined; workflowTask?: null; activityTask?: null; ack?: null; queryTask?: null; batch?: null }|{ message?: "workflowTask"; workflowTask: reprise.v1.WorkflowTask.$Shape; activityTask?: null; ack?: null; queryTask?: null; batch?: null }|{ message?: "activityTask"; workflowTask?: null; activityTask: reprise.v1.ActivityTask.$Shape; ack?: null; queryTask?: null; batch?: null }|{ message?: "ack"; workflowTask?: null; activityTask?: null; ack: reprise.v1.Ack.$Shape; queryTask?: null; batch?: null }|{ message?: "queryTask"; workflowTask?: null; activityTask?: null; ack?: null; queryTask: reprise.v1.QueryTask.$Shape; batch?: null }|{ message?: "batch"; workflowTask?: null; activityTask?: null; ack?: null; queryTask?: null; batch: reprise.v1.ServerBatch.$Shape })
            );
        }

        interface IServerBatch extends reprise.v1.ServerBatch.$Properties {
        }

        class ServerBatch {
            constructor(properties?: reprise.v1.ServerBatch.$Properties);
            $unknowns?: Uint8Array[];
            messages: reprise.v1.ServerMessage.$Properties[];
            static create(properties: reprise.v1.ServerBatch.$Shape): reprise.v1.ServerBatch & reprise.v1.ServerBatch.$Shape;
            static create(properties?: reprise.v1.ServerBatch.$Properties): reprise.v1.ServerBatch;
            static encode(message: reprise.v1.ServerBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ServerBatch & reprise.v1.ServerBatch.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ServerBatch;
            static toObject(message: reprise.v1.ServerBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ServerBatch {
            interface $Properties {
                messages?: (reprise.v1.ServerMessage.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              messages?: reprise.v1.ServerMessage.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        enum QueryKind {
            QUERY_KIND_UNSPECIFIED = 0,
            QUERY_KIND_QUERY = 1,
            QUERY_KIND_VALIDATE_UPDATE = 2
        }

        interface IQueryTask extends reprise.v1.QueryTask.$Properties {
        }

        class QueryTask {
            constructor(properties?: reprise.v1.QueryTask.$Properties);
            $unknowns?: Uint8Array[];
            queryId: string;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            workflowType: string;
            history: reprise.v1.HistoryEvent.$Properties[];
            kind: reprise.v1.QueryKind;
            name: string;
            args?: (reprise.v1.Payloads.$Properties|null);
            nextPageToken: Uint8Array;
            lastEventId: number;
            static create(properties: reprise.v1.QueryTask.$Shape): reprise.v1.QueryTask & reprise.v1.QueryTask.$Shape;
            static create(properties?: reprise.v1.QueryTask.$Properties): reprise.v1.QueryTask;
            static encode(message: reprise.v1.QueryTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.QueryTask & reprise.v1.QueryTask.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.QueryTask;
            static toObject(message: reprise.v1.QueryTask, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace QueryTask {
            interface $Properties {
                queryId?: (string|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                workflowType?: (string|null);
                history?: (reprise.v1.HistoryEvent.$Properties[]|null);
                kind?: (reprise.v1.QueryKind|null);
                name?: (string|null);
                args?: (reprise.v1.Payloads.$Properties|null);
                nextPageToken?: (Uint8Array|null);
                lastEventId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              queryId?: string|null;
              execution?: reprise.v1.WorkflowExecution.$Shape|null;
              workflowType?: string|null;
              history?: reprise.v1.HistoryEvent.$Shape[]|null;
              kind?: reprise.v1.QueryKind|null;
              name?: string|null;
              args?: reprise.v1.Payloads.$Shape|null;
              nextPageToken?: Uint8Array|null;
              lastEventId?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IQueryResult extends reprise.v1.QueryResult.$Properties {
        }

        class QueryResult {
            constructor(properties?: reprise.v1.QueryResult.$Properties);
            $unknowns?: Uint8Array[];
            queryId: string;
            answer?: (reprise.v1.Payloads.$Properties|null);
            failure?: (reprise.v1.Failure.$Properties|null);
            static create(properties: reprise.v1.QueryResult.$Shape): reprise.v1.QueryResult & reprise.v1.QueryResult.$Shape;
            static create(properties?: reprise.v1.QueryResult.$Properties): reprise.v1.QueryResult;
            static encode(message: reprise.v1.QueryResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.QueryResult & reprise.v1.QueryResult.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.QueryResult;
            static toObject(message: reprise.v1.QueryResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace QueryResult {
            interface $Properties {
                queryId?: (string|null);
                answer?: (reprise.v1.Payloads.$Properties|null);
                failure?: (reprise.v1.Failure.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              queryId?: string|null;
              answer?: reprise.v1.Payloads.$Shape|null;
              failure?: reprise.v1.Failure.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        enum WorkflowExecutionStatus {
            WORKFLOW_EXECUTION_STATUS_UNSPECIFIED = 0,
            WORKFLOW_EXECUTION_STATUS_RUNNING = 1,
            WORKFLOW_EXECUTION_STATUS_COMPLETED = 2,
            WORKFLOW_EXECUTION_STATUS_FAILED = 3,
            WORKFLOW_EXECUTION_STATUS_CANCELED = 4,
            WORKFLOW_EXECUTION_STATUS_TERMINATED = 5,
            WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW = 6,
            WORKFLOW_EXECUTION_STATUS_TIMED_OUT = 7
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
            workflowIdReusePolicy: reprise.v1.WorkflowIdReusePolicy;
            workflowIdConflictPolicy: reprise.v1.WorkflowIdConflictPolicy;
            workflowExecutionTimeoutMs: number;
            workflowRunTimeoutMs: number;
            requestEagerExecution: boolean;
            waitResultMs: number;
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
                workflowIdReusePolicy?: (reprise.v1.WorkflowIdReusePolicy|null);
                workflowIdConflictPolicy?: (reprise.v1.WorkflowIdConflictPolicy|null);
                workflowExecutionTimeoutMs?: (number|null);
                workflowRunTimeoutMs?: (number|null);
                requestEagerExecution?: (boolean|null);
                waitResultMs?: (number|null);
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
            eagerExecution: boolean;
            result?: (reprise.v1.WaitWorkflowResultResponse.$Properties|null);
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
                eagerExecution?: (boolean|null);
                result?: (reprise.v1.WaitWorkflowResultResponse.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              runId?: string|null;
              started?: boolean|null;
              eagerExecution?: boolean|null;
              result?: reprise.v1.WaitWorkflowResultResponse.$Shape|null;
              $unknowns?: Uint8Array[];
            };
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
            parentExecution?: (reprise.v1.WorkflowExecution.$Properties|null);
            newExecutionRunId: string;
            attention: string[];
            firstRunId: string;
            continuedFromRunId: string;
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
                parentExecution?: (reprise.v1.WorkflowExecution.$Properties|null);
                newExecutionRunId?: (string|null);
                attention?: (string[]|null);
                firstRunId?: (string|null);
                continuedFromRunId?: (string|null);
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
            input?: (reprise.v1.Payloads.$Properties|null);
            result?: (reprise.v1.Payloads.$Properties|null);
            failure?: (reprise.v1.Failure.$Properties|null);
            children: reprise.v1.WorkflowExecutionInfo.$Properties[];
            cancelRequested: boolean;
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
                input?: (reprise.v1.Payloads.$Properties|null);
                result?: (reprise.v1.Payloads.$Properties|null);
                failure?: (reprise.v1.Failure.$Properties|null);
                children?: (reprise.v1.WorkflowExecutionInfo.$Properties[]|null);
                cancelRequested?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              info?: reprise.v1.WorkflowExecutionInfo.$Shape|null;
              pendingActivities?: reprise.v1.PendingActivityInfo.$Shape[]|null;
              pendingWorkflowTask?: reprise.v1.PendingWorkflowTaskInfo.$Shape|null;
              pendingTimers?: reprise.v1.PendingTimerInfo.$Shape[]|null;
              input?: reprise.v1.Payloads.$Shape|null;
              result?: reprise.v1.Payloads.$Shape|null;
              failure?: reprise.v1.Failure.$Shape|null;
              children?: reprise.v1.WorkflowExecutionInfo.$Shape[]|null;
              cancelRequested?: boolean|null;
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
            newExecutionRunId: string;
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
                newExecutionRunId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              closed?: boolean|null;
              status?: reprise.v1.WorkflowExecutionStatus|null;
              result?: reprise.v1.Payloads.$Shape|null;
              failure?: reprise.v1.Failure.$Shape|null;
              runId?: string|null;
              newExecutionRunId?: string|null;
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
            needsAttention: boolean;
            noProgressMs: number;
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
                needsAttention?: (boolean|null);
                noProgressMs?: (number|null);
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

        interface ISignalWorkflowRequest extends reprise.v1.SignalWorkflowRequest.$Properties {
        }

        class SignalWorkflowRequest {
            constructor(properties?: reprise.v1.SignalWorkflowRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            signalName: string;
            input?: (reprise.v1.Payloads.$Properties|null);
            identity: string;
            reason: string;
            static create(properties: reprise.v1.SignalWorkflowRequest.$Shape): reprise.v1.SignalWorkflowRequest & reprise.v1.SignalWorkflowRequest.$Shape;
            static create(properties?: reprise.v1.SignalWorkflowRequest.$Properties): reprise.v1.SignalWorkflowRequest;
            static encode(message: reprise.v1.SignalWorkflowRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.SignalWorkflowRequest & reprise.v1.SignalWorkflowRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.SignalWorkflowRequest;
            static toObject(message: reprise.v1.SignalWorkflowRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignalWorkflowRequest {
            interface $Properties {
                namespace?: (string|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                signalName?: (string|null);
                input?: (reprise.v1.Payloads.$Properties|null);
                identity?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.SignalWorkflowRequest.$Properties;
        }

        interface ISignalWorkflowResponse extends reprise.v1.SignalWorkflowResponse.$Properties {
        }

        class SignalWorkflowResponse {
            constructor(properties?: reprise.v1.SignalWorkflowResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: reprise.v1.SignalWorkflowResponse.$Shape): reprise.v1.SignalWorkflowResponse & reprise.v1.SignalWorkflowResponse.$Shape;
            static create(properties?: reprise.v1.SignalWorkflowResponse.$Properties): reprise.v1.SignalWorkflowResponse;
            static encode(message: reprise.v1.SignalWorkflowResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.SignalWorkflowResponse & reprise.v1.SignalWorkflowResponse.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.SignalWorkflowResponse;
            static toObject(message: reprise.v1.SignalWorkflowResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignalWorkflowResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.SignalWorkflowResponse.$Properties;
        }

        interface ISignalWithStartWorkflowRequest extends reprise.v1.SignalWithStartWorkflowRequest.$Properties {
        }

        class SignalWithStartWorkflowRequest {
            constructor(properties?: reprise.v1.SignalWithStartWorkflowRequest.$Properties);
            $unknowns?: Uint8Array[];
            start?: (reprise.v1.StartWorkflowRequest.$Properties|null);
            signalName: string;
            signalInput?: (reprise.v1.Payloads.$Properties|null);
            static create(properties: reprise.v1.SignalWithStartWorkflowRequest.$Shape): reprise.v1.SignalWithStartWorkflowRequest & reprise.v1.SignalWithStartWorkflowRequest.$Shape;
            static create(properties?: reprise.v1.SignalWithStartWorkflowRequest.$Properties): reprise.v1.SignalWithStartWorkflowRequest;
            static encode(message: reprise.v1.SignalWithStartWorkflowRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.SignalWithStartWorkflowRequest & reprise.v1.SignalWithStartWorkflowRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.SignalWithStartWorkflowRequest;
            static toObject(message: reprise.v1.SignalWithStartWorkflowRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignalWithStartWorkflowRequest {
            interface $Properties {
                start?: (reprise.v1.StartWorkflowRequest.$Properties|null);
                signalName?: (string|null);
                signalInput?: (reprise.v1.Payloads.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.SignalWithStartWorkflowRequest.$Properties;
        }

        interface IRequestCancelWorkflowRequest extends reprise.v1.RequestCancelWorkflowRequest.$Properties {
        }

        class RequestCancelWorkflowRequest {
            constructor(properties?: reprise.v1.RequestCancelWorkflowRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            reason: string;
            identity: string;
            static create(properties: reprise.v1.RequestCancelWorkflowRequest.$Shape): reprise.v1.RequestCancelWorkflowRequest & reprise.v1.RequestCancelWorkflowRequest.$Shape;
            static create(properties?: reprise.v1.RequestCancelWorkflowRequest.$Properties): reprise.v1.RequestCancelWorkflowRequest;
            static encode(message: reprise.v1.RequestCancelWorkflowRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.RequestCancelWorkflowRequest & reprise.v1.RequestCancelWorkflowRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.RequestCancelWorkflowRequest;
            static toObject(message: reprise.v1.RequestCancelWorkflowRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RequestCancelWorkflowRequest {
            interface $Properties {
                namespace?: (string|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                reason?: (string|null);
                identity?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.RequestCancelWorkflowRequest.$Properties;
        }

        interface IRequestCancelWorkflowResponse extends reprise.v1.RequestCancelWorkflowResponse.$Properties {
        }

        class RequestCancelWorkflowResponse {
            constructor(properties?: reprise.v1.RequestCancelWorkflowResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: reprise.v1.RequestCancelWorkflowResponse.$Shape): reprise.v1.RequestCancelWorkflowResponse & reprise.v1.RequestCancelWorkflowResponse.$Shape;
            static create(properties?: reprise.v1.RequestCancelWorkflowResponse.$Properties): reprise.v1.RequestCancelWorkflowResponse;
            static encode(message: reprise.v1.RequestCancelWorkflowResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.RequestCancelWorkflowResponse & reprise.v1.RequestCancelWorkflowResponse.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.RequestCancelWorkflowResponse;
            static toObject(message: reprise.v1.RequestCancelWorkflowResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RequestCancelWorkflowResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.RequestCancelWorkflowResponse.$Properties;
        }

        interface ITerminateWorkflowRequest extends reprise.v1.TerminateWorkflowRequest.$Properties {
        }

        class TerminateWorkflowRequest {
            constructor(properties?: reprise.v1.TerminateWorkflowRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            reason: string;
            identity: string;
            static create(properties: reprise.v1.TerminateWorkflowRequest.$Shape): reprise.v1.TerminateWorkflowRequest & reprise.v1.TerminateWorkflowRequest.$Shape;
            static create(properties?: reprise.v1.TerminateWorkflowRequest.$Properties): reprise.v1.TerminateWorkflowRequest;
            static encode(message: reprise.v1.TerminateWorkflowRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.TerminateWorkflowRequest & reprise.v1.TerminateWorkflowRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.TerminateWorkflowRequest;
            static toObject(message: reprise.v1.TerminateWorkflowRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TerminateWorkflowRequest {
            interface $Properties {
                namespace?: (string|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                reason?: (string|null);
                identity?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.TerminateWorkflowRequest.$Properties;
        }

        interface ITerminateWorkflowResponse extends reprise.v1.TerminateWorkflowResponse.$Properties {
        }

        class TerminateWorkflowResponse {
            constructor(properties?: reprise.v1.TerminateWorkflowResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: reprise.v1.TerminateWorkflowResponse.$Shape): reprise.v1.TerminateWorkflowResponse & reprise.v1.TerminateWorkflowResponse.$Shape;
            static create(properties?: reprise.v1.TerminateWorkflowResponse.$Properties): reprise.v1.TerminateWorkflowResponse;
            static encode(message: reprise.v1.TerminateWorkflowResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.TerminateWorkflowResponse & reprise.v1.TerminateWorkflowResponse.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.TerminateWorkflowResponse;
            static toObject(message: reprise.v1.TerminateWorkflowResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TerminateWorkflowResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.TerminateWorkflowResponse.$Properties;
        }

        interface IQueryWorkflowRequest extends reprise.v1.QueryWorkflowRequest.$Properties {
        }

        class QueryWorkflowRequest {
            constructor(properties?: reprise.v1.QueryWorkflowRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            queryName: string;
            args?: (reprise.v1.Payloads.$Properties|null);
            static create(properties: reprise.v1.QueryWorkflowRequest.$Shape): reprise.v1.QueryWorkflowRequest & reprise.v1.QueryWorkflowRequest.$Shape;
            static create(properties?: reprise.v1.QueryWorkflowRequest.$Properties): reprise.v1.QueryWorkflowRequest;
            static encode(message: reprise.v1.QueryWorkflowRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.QueryWorkflowRequest & reprise.v1.QueryWorkflowRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.QueryWorkflowRequest;
            static toObject(message: reprise.v1.QueryWorkflowRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace QueryWorkflowRequest {
            interface $Properties {
                namespace?: (string|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                queryName?: (string|null);
                args?: (reprise.v1.Payloads.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.QueryWorkflowRequest.$Properties;
        }

        interface IQueryWorkflowResponse extends reprise.v1.QueryWorkflowResponse.$Properties {
        }

        class QueryWorkflowResponse {
            constructor(properties?: reprise.v1.QueryWorkflowResponse.$Properties);
            $unknowns?: Uint8Array[];
            result?: (reprise.v1.Payloads.$Properties|null);
            static create(properties: reprise.v1.QueryWorkflowResponse.$Shape): reprise.v1.QueryWorkflowResponse & reprise.v1.QueryWorkflowResponse.$Shape;
            static create(properties?: reprise.v1.QueryWorkflowResponse.$Properties): reprise.v1.QueryWorkflowResponse;
            static encode(message: reprise.v1.QueryWorkflowResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.QueryWorkflowResponse & reprise.v1.QueryWorkflowResponse.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.QueryWorkflowResponse;
            static toObject(message: reprise.v1.QueryWorkflowResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace QueryWorkflowResponse {
            interface $Properties {
                result?: (reprise.v1.Payloads.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.QueryWorkflowResponse.$Properties;
        }

        interface IUpdateWorkflowRequest extends reprise.v1.UpdateWorkflowRequest.$Properties {
        }

        class UpdateWorkflowRequest {
            constructor(properties?: reprise.v1.UpdateWorkflowRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            updateId: string;
            name: string;
            args?: (reprise.v1.Payloads.$Properties|null);
            identity: string;
            waitMs: number;
            static create(properties: reprise.v1.UpdateWorkflowRequest.$Shape): reprise.v1.UpdateWorkflowRequest & reprise.v1.UpdateWorkflowRequest.$Shape;
            static create(properties?: reprise.v1.UpdateWorkflowRequest.$Properties): reprise.v1.UpdateWorkflowRequest;
            static encode(message: reprise.v1.UpdateWorkflowRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.UpdateWorkflowRequest & reprise.v1.UpdateWorkflowRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.UpdateWorkflowRequest;
            static toObject(message: reprise.v1.UpdateWorkflowRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace UpdateWorkflowRequest {
            interface $Properties {
                namespace?: (string|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                updateId?: (string|null);
                name?: (string|null);
                args?: (reprise.v1.Payloads.$Properties|null);
                identity?: (string|null);
                waitMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.UpdateWorkflowRequest.$Properties;
        }

        interface IUpdateWorkflowResponse extends reprise.v1.UpdateWorkflowResponse.$Properties {
        }

        class UpdateWorkflowResponse {
            constructor(properties?: reprise.v1.UpdateWorkflowResponse.$Properties);
            $unknowns?: Uint8Array[];
            updateId: string;
            completed: boolean;
            result?: (reprise.v1.Payloads.$Properties|null);
            failure?: (reprise.v1.Failure.$Properties|null);
            static create(properties: reprise.v1.UpdateWorkflowResponse.$Shape): reprise.v1.UpdateWorkflowResponse & reprise.v1.UpdateWorkflowResponse.$Shape;
            static create(properties?: reprise.v1.UpdateWorkflowResponse.$Properties): reprise.v1.UpdateWorkflowResponse;
            static encode(message: reprise.v1.UpdateWorkflowResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.UpdateWorkflowResponse & reprise.v1.UpdateWorkflowResponse.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.UpdateWorkflowResponse;
            static toObject(message: reprise.v1.UpdateWorkflowResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace UpdateWorkflowResponse {
            interface $Properties {
                updateId?: (string|null);
                completed?: (boolean|null);
                result?: (reprise.v1.Payloads.$Properties|null);
                failure?: (reprise.v1.Failure.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              updateId?: string|null;
              completed?: boolean|null;
              result?: reprise.v1.Payloads.$Shape|null;
              failure?: reprise.v1.Failure.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IResetWorkflowRequest extends reprise.v1.ResetWorkflowRequest.$Properties {
        }

        class ResetWorkflowRequest {
            constructor(properties?: reprise.v1.ResetWorkflowRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            execution?: (reprise.v1.WorkflowExecution.$Properties|null);
            workflowTaskFinishEventId: number;
            reason: string;
            identity: string;
            requestId: string;
            static create(properties: reprise.v1.ResetWorkflowRequest.$Shape): reprise.v1.ResetWorkflowRequest & reprise.v1.ResetWorkflowRequest.$Shape;
            static create(properties?: reprise.v1.ResetWorkflowRequest.$Properties): reprise.v1.ResetWorkflowRequest;
            static encode(message: reprise.v1.ResetWorkflowRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ResetWorkflowRequest & reprise.v1.ResetWorkflowRequest.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ResetWorkflowRequest;
            static toObject(message: reprise.v1.ResetWorkflowRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ResetWorkflowRequest {
            interface $Properties {
                namespace?: (string|null);
                execution?: (reprise.v1.WorkflowExecution.$Properties|null);
                workflowTaskFinishEventId?: (number|null);
                reason?: (string|null);
                identity?: (string|null);
                requestId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ResetWorkflowRequest.$Properties;
        }

        interface IResetWorkflowResponse extends reprise.v1.ResetWorkflowResponse.$Properties {
        }

        class ResetWorkflowResponse {
            constructor(properties?: reprise.v1.ResetWorkflowResponse.$Properties);
            $unknowns?: Uint8Array[];
            runId: string;
            static create(properties: reprise.v1.ResetWorkflowResponse.$Shape): reprise.v1.ResetWorkflowResponse & reprise.v1.ResetWorkflowResponse.$Shape;
            static create(properties?: reprise.v1.ResetWorkflowResponse.$Properties): reprise.v1.ResetWorkflowResponse;
            static encode(message: reprise.v1.ResetWorkflowResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): reprise.v1.ResetWorkflowResponse & reprise.v1.ResetWorkflowResponse.$Shape;
            static fromObject(object: { [k: string]: any }): reprise.v1.ResetWorkflowResponse;
            static toObject(message: reprise.v1.ResetWorkflowResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ResetWorkflowResponse {
            interface $Properties {
                runId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = reprise.v1.ResetWorkflowResponse.$Properties;
        }
    }
}

// Wire types of the Parallel Task Group API, as in ../shared/parallel-api/openapi.tasks.json.

export const RUN_STATUSES = ["queued", "action_required", "running", "completed", "failed", "cancelling", "cancelled"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export type Metadata = Record<string, string | number | boolean>;

export interface ApiError {
  ref_id: string;
  message: string;
  detail?: Record<string, unknown> | null;
}

export interface ErrorResponse {
  type: "error";
  error: ApiError;
}

export interface ValidationErrorItem {
  loc: Array<string | number>;
  msg: string;
  type: string;
}

export interface HttpValidationError {
  detail: ValidationErrorItem[];
}

export interface JsonSchemaSpec {
  type: "json";
  json_schema: Record<string, unknown>;
}
export interface TextSchemaSpec {
  type: "text";
  description?: string;
}
export interface AutoSchemaSpec {
  type: "auto";
}
export type OutputSchema = JsonSchemaSpec | TextSchemaSpec | AutoSchemaSpec | string;

export interface TaskSpec {
  output_schema: OutputSchema;
  input_schema?: string | JsonSchemaSpec | TextSchemaSpec | null;
}

export interface TaskRunInput {
  processor: string;
  input: string | Record<string, unknown>;
  metadata?: Metadata | null;
  task_spec?: TaskSpec | null;
  source_policy?: Record<string, unknown> | null;
  advanced_settings?: Record<string, unknown> | null;
  previous_interaction_id?: string | null;
  mcp_servers?: Array<Record<string, unknown>> | null;
  enable_events?: boolean | null;
  webhook?: RunWebhook | null;
}

export interface TaskGroupStatus {
  num_task_runs: number;
  task_run_status_counts: Partial<Record<RunStatus, number>>;
  is_active: boolean;
  status_message: string | null;
  modified_at: string | null;
}

export interface TaskGroupResponse {
  taskgroup_id: string;
  metadata: Metadata | null;
  status: TaskGroupStatus;
  created_at: string | null;
}

export interface TaskGroupRunResponse {
  status: TaskGroupStatus;
  run_ids: string[];
  run_cursor: string | null;
  event_cursor: string | null;
}

export interface Warning {
  type: "spec_validation_warning" | "input_validation_warning" | "warning";
  message: string;
  detail?: Record<string, unknown> | null;
}

/** A run's webhook: Parallel POSTs each status change of the run to `url`. */
export interface RunWebhook {
  url: string;
  event_types?: Array<"task_run.status">;
}

export interface TaskRun {
  run_id: string;
  interaction_id: string;
  status: RunStatus;
  is_active: boolean;
  processor: string;
  metadata: Metadata | null;
  taskgroup_id: string | null;
  created_at: string | null;
  modified_at: string | null;
  error: ApiError | null;
  warnings: Warning[] | null;
}

export interface Citation {
  url: string;
  title?: string | null;
  excerpts?: string[] | null;
}

export interface FieldBasis {
  field: string;
  reasoning: string;
  citations: Citation[];
  confidence?: string | null;
}

export interface TaskRunJsonOutput {
  type: "json";
  content: Record<string, unknown>;
  basis: FieldBasis[];
  /** Populated only when the run used an auto schema: the schema the processor chose. */
  output_schema?: Record<string, unknown> | null;
}

export interface TaskRunTextOutput {
  type: "text";
  content: string;
  basis: FieldBasis[];
}

export type TaskRunOutput = TaskRunJsonOutput | TaskRunTextOutput;

export interface TaskRunResult {
  run: TaskRun;
  output: TaskRunOutput;
}

export interface TaskGroupStatusEvent {
  type: "task_group_status";
  event_id: string;
  status: TaskGroupStatus;
}

export interface TaskRunEvent {
  type: "task_run.state";
  event_id: string | null;
  run: TaskRun;
  input?: TaskRunInput | null;
  output?: TaskRunOutput | null;
}

export interface ErrorEvent {
  type: "error";
  error: ApiError;
}

export const PROGRESS_MESSAGE_TYPES = [
  "task_run.progress_msg.plan",
  "task_run.progress_msg.search",
  "task_run.progress_msg.result",
  "task_run.progress_msg.tool_call",
  "task_run.progress_msg.exec_status",
] as const;

export interface TaskRunProgressMessageEvent {
  type: (typeof PROGRESS_MESSAGE_TYPES)[number];
  message: string;
  timestamp: string | null;
}

export interface TaskRunProgressStatsEvent {
  type: "task_run.progress_stats";
  source_stats: {
    num_sources_considered: number | null;
    num_sources_read: number | null;
    sources_read_sample: string[] | null;
  };
  progress_meter: number;
}

export type RunProgressEvent = TaskRunProgressMessageEvent | TaskRunProgressStatsEvent | TaskRunEvent | ErrorEvent;

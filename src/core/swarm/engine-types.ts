/** The parts of Docker Engine API objects (API 1.41+) that Gantry reads. Extra fields are ignored. */

export interface SecretReference {
  SecretID?: string;
  SecretName?: string;
  File?: { Name?: string };
}

export interface ContainerSpec {
  Image?: string;
  Secrets?: SecretReference[];
  Healthcheck?: { Test?: string[] };
  [key: string]: unknown;
}

export interface TaskTemplate {
  ContainerSpec?: ContainerSpec;
  RestartPolicy?: { Condition?: 'none' | 'on-failure' | 'any' };
  ForceUpdate?: number;
  [key: string]: unknown;
}

export interface ServiceSpec {
  Name: string;
  Labels?: Record<string, string>;
  TaskTemplate?: TaskTemplate;
  Mode?: {
    Replicated?: { Replicas?: number };
    Global?: Record<string, never>;
    ReplicatedJob?: { MaxConcurrent?: number; TotalCompletions?: number };
    GlobalJob?: Record<string, never>;
  };
  UpdateConfig?: { FailureAction?: string; Order?: string; Monitor?: number };
  [key: string]: unknown;
}

export type UpdateState =
  | 'updating'
  | 'paused'
  | 'completed'
  | 'rollback_started'
  | 'rollback_paused'
  | 'rollback_completed';

export interface SwarmService {
  ID: string;
  Version: { Index: number };
  CreatedAt?: string;
  UpdatedAt?: string;
  Spec: ServiceSpec;
  PreviousSpec?: ServiceSpec;
  ServiceStatus?: { RunningTasks?: number; DesiredTasks?: number; CompletedTasks?: number };
  UpdateStatus?: { State?: UpdateState; StartedAt?: string; CompletedAt?: string; Message?: string };
  JobStatus?: { JobIteration?: { Index?: number }; LastExecution?: string };
}

export type TaskState =
  | 'new'
  | 'allocated'
  | 'pending'
  | 'assigned'
  | 'accepted'
  | 'preparing'
  | 'ready'
  | 'starting'
  | 'running'
  | 'complete'
  | 'shutdown'
  | 'failed'
  | 'rejected'
  | 'remove'
  | 'orphaned';

export interface SwarmTask {
  ID: string;
  ServiceID: string;
  Slot?: number;
  NodeID?: string;
  DesiredState: TaskState;
  CreatedAt?: string;
  Status: {
    State: TaskState;
    Timestamp?: string;
    Message?: string;
    Err?: string;
    ContainerStatus?: { ContainerID?: string; ExitCode?: number };
  };
  Spec: TaskTemplate;
  JobIteration?: { Index?: number };
}

export interface SwarmSecret {
  ID: string;
  CreatedAt?: string;
  Spec: { Name: string; Labels?: Record<string, string> };
}

/** Task states after which a task never runs again. */
export const TERMINAL_TASK_STATES: ReadonlySet<TaskState> = new Set([
  'complete',
  'shutdown',
  'failed',
  'rejected',
  'remove',
  'orphaned',
]);

export const STACK_LABEL = 'com.docker.stack.namespace';

import { computed, reactive, ref, type Ref } from 'vue';
import type { WorkflowAction } from '@dualcarbon/domain';

export interface WorkflowRunSteps<A extends WorkflowAction> {
  /** Whether the action waits for a yes in the confirmation dialog first. */
  asksFirst: (action: WorkflowAction) => action is A;
  /** The confirmation's title and text for an action waiting for its yes. */
  question: (action: A) => { title: string; body: string };
  /** The actions drawn as dangerous (red buttons, the question's red yes). */
  danger: readonly WorkflowAction[];
  /** Whether an action is running, and whether it is the request-changes comment being sent. */
  busy: () => boolean;
  sending: () => boolean;
  /** Stops an action that may not run now (and says why): true when stopped. */
  refuse: (action: WorkflowAction) => boolean;
  /** Runs the action (with the request-changes comment). */
  act: (action: WorkflowAction, comment?: string) => Promise<unknown>;
  done: (action: WorkflowAction) => void;
  failed: (error: unknown) => void;
}

/**
 * How a workflow button runs its action, for entries and newsletters alike: "request changes" first asks for its
 * comment (`asking`), an action that is hard to undo first asks for a yes (`confirming`); answered
 * (WorkflowQuestions), `run` goes on with the answer, and once the action is done both questions close.
 */
export function useWorkflowRun<A extends WorkflowAction>(steps: WorkflowRunSteps<A>) {
  const asking = ref(false);
  const confirming = ref(null) as Ref<A | null>;

  async function run(action: WorkflowAction, comment?: string, confirmed = false) {
    if (steps.refuse(action)) return;
    if (action === 'request_changes' && comment === undefined) {
      asking.value = true;
      return;
    }
    if (steps.asksFirst(action) && !confirmed) {
      confirming.value = action;
      return;
    }
    try {
      await steps.act(action, comment);
      asking.value = false;
      confirming.value = null;
      steps.done(action);
    } catch (e) {
      steps.failed(e);
    }
  }

  return reactive({
    asking,
    confirming,
    asked: computed(() => (confirming.value ? steps.question(confirming.value) : null)),
    danger: steps.danger,
    busy: computed(steps.busy),
    sending: computed(steps.sending),
    run,
    /** Closes both questions unanswered. */
    dismiss() {
      asking.value = false;
      confirming.value = null;
    },
  });
}

export type WorkflowRun<A extends WorkflowAction = WorkflowAction> = ReturnType<typeof useWorkflowRun<A>>;

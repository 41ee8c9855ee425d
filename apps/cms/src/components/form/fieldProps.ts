/**
 * What every single-control field of the form family takes (FieldShell frames it): the control's id (the label's
 * target and the error summary's link), its label, the schema's problems there, and its state.
 */
export interface FieldProps {
  id: string;
  label: string;
  errors?: readonly string[];
  disabled?: boolean;
  required?: boolean;
}

/** What a field that is a set of checkboxes takes (FieldsetShell frames it): the codes checked, under a legend. */
export interface CheckboxSetProps {
  id: string;
  legend: string;
  modelValue: readonly string[];
  errors?: readonly string[];
  disabled?: boolean;
}

/** The FieldProps of a field that wraps another (a select over a vocabulary), to hand on to it. */
export const fieldPropsOf = ({ id, label, errors, disabled, required }: FieldProps): FieldProps => ({ id, label, errors, disabled, required });

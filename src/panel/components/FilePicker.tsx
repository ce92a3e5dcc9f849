import type { Ref } from 'preact';

/** A button that opens the file chooser: a label around a hidden input, so it works by keyboard too. */
export function FilePicker(props: {
  label: string;
  accept: string;
  testId: string;
  onFile: (file: File) => void;
  disabled?: boolean;
  primary?: boolean;
  /** The input, which is what takes the keyboard's focus. */
  inputRef?: Ref<HTMLInputElement>;
}) {
  const classes = ['button', props.primary ? 'primary' : '', props.disabled ? 'button--disabled' : ''].filter(Boolean).join(' ');
  return (
    <label class={classes} aria-disabled={props.disabled ? 'true' : undefined}>
      {props.label}
      <input
        ref={props.inputRef}
        type="file"
        disabled={props.disabled ?? false}
        accept={props.accept}
        class="visually-hidden"
        data-testid={props.testId}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          // Cleared, so that choosing the same file again is a change too.
          input.value = '';
          if (file) props.onFile(file);
        }}
      />
    </label>
  );
}

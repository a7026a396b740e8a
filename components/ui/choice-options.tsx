/** The options of a fixed list of choices, for a select that adds its own around them (an "any" option, option groups). */
export function ChoiceOptions<Choice extends string | number>({
  choices,
  labelOf = String,
}: {
  choices: readonly Choice[];
  /** How a choice reads in the list; the value itself by default. */
  labelOf?: (choice: Choice) => string;
}) {
  return choices.map((choice) => (
    <option key={choice} value={choice}>
      {labelOf(choice)}
    </option>
  ));
}

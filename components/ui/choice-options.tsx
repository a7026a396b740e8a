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

/** A select's `choices` and `labelOf` from one map of each choice to its label, in the map's order. */
export function labelledChoices<Choice extends string>(labels: Readonly<Record<Choice, string>>) {
  return { choices: Object.keys(labels) as Choice[], labelOf: (choice: Choice) => labels[choice] };
}

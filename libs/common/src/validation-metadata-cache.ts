import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata.js';

/**
 * class-validator looks up an input class's rules anew on every validation: it filters the class's metadata and walks
 * every class that has any (an `instanceof` each) for inherited rules, then groups them by property — for each nested
 * object too. With this application's few hundred input classes, the validation pipe was 9.9% of `submitOpinion`'s
 * time in the server's CPU profile under `npm run bench:submit` (issue 16), 4.3% with this. The rules are declared by decorators when the
 * classes load and do not change afterwards, so both answers are kept per class and options; adding any rule (a class
 * loaded later, a schema registered) forgets them all. The pipe validates synchronously: a rule declared asynchronous
 * is refused when it is declared, and one that answers with a promise all the same throws when it does.
 */
/** A class whose instances are validated (class-validator's own typing says `Function`). */
type InputClass = abstract new (...args: never[]) => unknown;

interface Storage {
  getTargetValidationMetadatas(
    target: InputClass,
    targetSchema: string,
    always: boolean,
    strictGroups: boolean,
    groups?: string[],
  ): ValidationMetadata[];
  groupByPropertyName(metadata: ValidationMetadata[]): Record<string, ValidationMetadata[]>;
  addValidationMetadata(metadata: ValidationMetadata): void;
  addConstraintMetadata(metadata: ConstraintInfo): void;
  getTargetValidatorConstraints(target: object): ConstraintInfo[];
  constraintMetadatas?: Map<unknown, ConstraintInfo[]>;
  __minyiCached?: true;
}

interface ConstraintInfo {
  target?: object;
  async?: boolean;
  name?: string;
  readonly instance?: RuleInstance;
}

interface RuleInstance {
  validate(value: unknown, args: unknown): unknown;
  defaultMessage?(args: unknown): string;
}

/**
 * A rule's metadata whose instance refuses to answer with a promise: one that did would be skipped without a word by
 * validateSync (class-validator only waits for promises in `validate`). The instance is wrapped once, on first use.
 */
function synchronousOnly(metadata: ConstraintInfo): ConstraintInfo {
  let wrapped: RuleInstance | undefined;
  return {
    target: metadata.target,
    name: metadata.name,
    async: metadata.async,
    get instance(): RuleInstance {
      if (wrapped) return wrapped;
      const rule = metadata.instance!;
      wrapped = {
        validate: (value, args) => {
          const answer = rule.validate(value, args);
          if (answer !== null && typeof (answer as { then?: unknown })?.then === 'function')
            throw new Error(
              `validation rule ${metadata.name ?? ''} answered with a promise: input rules must be synchronous`,
            );
          return answer;
        },
        ...(rule.defaultMessage ? { defaultMessage: (args: unknown) => rule.defaultMessage!(args) } : {}),
      };
      return wrapped;
    },
  };
}

/** The pipe validates synchronously: validateSync would skip an asynchronous rule without a word. */
function refuseAsync(metadata: ConstraintInfo): void {
  if (metadata.async)
    throw new Error(`asynchronous validation rule ${metadata.name ?? ''}: input rules must be synchronous`);
}

export function cacheValidationMetadata(): void {
  const storage = getMetadataStorage() as unknown as Storage;
  if (storage.__minyiCached) return;
  storage.__minyiCached = true;
  for (const list of storage.constraintMetadatas?.values() ?? []) list.forEach(refuseAsync);
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const addValidation = storage.addValidationMetadata.bind(storage);
  const addConstraint = storage.addConstraintMetadata.bind(storage);
  const constraintsOf = storage.getTargetValidatorConstraints.bind(storage);
  let byTarget = new WeakMap<InputClass, Map<string, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();
  let rules = new WeakMap<object, ConstraintInfo[]>();
  const forget = () => {
    byTarget = new WeakMap();
    grouped = new WeakMap();
    rules = new WeakMap();
  };
  storage.getTargetValidatorConstraints = (target) => {
    let found = rules.get(target);
    if (!found) rules.set(target, (found = constraintsOf(target).map(synchronousOnly)));
    return found;
  };
  storage.getTargetValidationMetadatas = (target, targetSchema, always, strictGroups, groups) => {
    const key = `${targetSchema}\u0000${always}\u0000${strictGroups}\u0000${(groups ?? []).join('\u0001')}`;
    let forTarget = byTarget.get(target);
    if (!forTarget) byTarget.set(target, (forTarget = new Map<string, ValidationMetadata[]>()));
    let found = forTarget.get(key);
    if (!found) forTarget.set(key, (found = lookUp(target, targetSchema, always, strictGroups, groups)));
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    let found = grouped.get(metadata);
    if (!found) grouped.set(metadata, (found = group(metadata)));
    return found;
  };
  storage.addValidationMetadata = (metadata) => {
    forget();
    addValidation(metadata);
  };
  storage.addConstraintMetadata = (metadata) => {
    refuseAsync(metadata);
    forget();
    addConstraint(metadata);
  };
}

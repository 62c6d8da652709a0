/**
 * Counting renders with React's profiler: `counted` replaces a component of a module (for
 * `vi.mock`) by the same component inside a <Profiler> that adds one to `renders[name]` on every
 * commit of its tree, the component's own re-renders from its store subscriptions included.
 */
import { Profiler, type ComponentType } from 'react';

export function counted<M extends object>(
  module: M,
  name: keyof M & string,
  renders: Record<string, number>,
): M {
  const Real = module[name] as ComponentType;
  renders[name] = 0;
  function Counted() {
    return (
      <Profiler id={name} onRender={() => (renders[name] = renders[name]! + 1)}>
        <Real />
      </Profiler>
    );
  }
  return { ...module, [name]: Counted };
}

import { Form } from 'antd';
import { createContext, useContext, useState } from 'react';
import type { SchemeSection } from '@/lib/api/types';
import type { ItemFrame } from './editorDocument';

export type NamePath = readonly (string | number)[];

export interface EditorState {
  /** Where the last check found problems, as form names. */
  problemPaths: readonly NamePath[];
  /** The field the user asked to be shown (from the list of problems). */
  revealPath?: NamePath;
  /** Grows with every check and every request to show a field: panels closed before open again. */
  stamp: number;
  /** For a derived scheme: the parent's frame, item by code. */
  frame?: ReadonlyMap<string, ItemFrame>;
}

export const EditorContext = createContext<EditorState>({ problemPaths: [], stamp: 0 });

export function useEditor(): EditorState {
  return useContext(EditorContext);
}

export function startsWith(path: NamePath, prefix: NamePath): boolean {
  return prefix.length <= path.length && prefix.every((part, index) => path[index] === part);
}

/**
 * Where an error goes: the field it names; else the first field inside it (a rule → its type); else the nearest
 * list or field around it (a removed mandatory item → its section's items).
 */
export function placeOf(name: NamePath, registered: readonly NamePath[]): NamePath | undefined {
  const same = (a: NamePath, b: NamePath) => a.length === b.length && startsWith(a, b);
  return (
    registered.find((candidate) => same(candidate, name)) ??
    registered.find((candidate) => startsWith(candidate, name)) ??
    registered.filter((candidate) => startsWith(name, candidate)).sort((a, b) => b.length - a.length)[0]
  );
}

/**
 * A collapsible panel of the editor (a section, an item's further settings): closed at first (unless
 * `initiallyOpen`), opened by the user, and opened by itself when the last check found a problem inside it
 * (`holds`) or the user asked to see a field inside it, until the user closes it again.
 */
export function usePanel(
  holds: (path: NamePath) => boolean,
  initiallyOpen: boolean | (() => boolean) = false,
): [boolean, () => void] {
  const { problemPaths, revealPath, stamp } = useEditor();
  const [open, setOpen] = useState(initiallyOpen);
  const [closedAt, setClosedAt] = useState(-1);
  const forced = closedAt !== stamp && (problemPaths.some(holds) || (revealPath !== undefined && holds(revealPath)));
  const shown = open || forced;
  const toggle = () => {
    if (shown) setClosedAt(stamp);
    setOpen(!shown);
  };
  return [shown, toggle];
}

/** The sections as choices: for a veto's section, a composition part's sections. */
export function useSectionOptions() {
  const sections = Form.useWatch<SchemeSection[] | undefined>('sections') ?? [];
  return sections.map((section) => ({ value: section.code, label: section.name || section.code }));
}


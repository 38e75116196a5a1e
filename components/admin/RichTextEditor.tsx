"use client";

import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { memo, useEffect, useMemo, useRef, useState } from "react";
import type { Body, DraftSource } from "@/lib/admin/editor-document";
import { richTextExtensions, type CitationNumbering } from "@/lib/richtext/extensions";
import { LinkField } from "./LinkField";
import { SourcePicker } from "./SourcePicker";

// One rich-text field (a claim body or a timeline entry): bold, italic, links and citations.
// The text is uncontrolled: tiptap owns it and reports every change; the draft never pushes text
// back in (a remount with a new `key` does, on reload), so the cursor is never yanked.

interface Props {
  /** Ids of the elements naming this field (aria-labelledby). */
  labelledBy: string;
  describedBy?: string;
  invalid?: boolean;
  initialContent: Body;
  numbering: CitationNumbering;
  sources: DraftSource[];
  onChange: (body: Body) => void;
}

export const RichTextEditor = memo(function RichTextEditor({ labelledBy, describedBy, invalid, initialContent, numbering, sources, onChange }: Props) {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const [panel, setPanel] = useState<null | "cite" | "link">(null);
  const extensions = useMemo(() => richTextExtensions(numbering), [numbering]);

  // Only the first content counts (see above); later props are the editor's own echoes.
  const [content] = useState(initialContent);
  // Name and error state change with the claim's position and validation; tiptap applies a
  // changed editorProps object to the live view.
  const editorProps = useMemo(
    () => ({
      attributes: {
        class: "rte-content",
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelledBy,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        "aria-invalid": invalid ? "true" : "false",
        spellcheck: "true",
      },
    }),
    [labelledBy, describedBy, invalid],
  );

  const editor = useEditor({
    extensions,
    content,
    immediatelyRender: false,
    editorProps,
    onUpdate: ({ editor: e }) => onChangeRef.current(e.getJSON() as Body),
  });

  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({ bold: !!e?.isActive("bold"), italic: !!e?.isActive("italic"), link: !!e?.isActive("link") }),
  });

  // Toolbar buttons must not take the selection away from the text.
  const keep = (e: React.MouseEvent) => e.preventDefault();
  const close = () => {
    setPanel(null);
    editor?.commands.focus();
  };

  return (
    <div className={invalid ? "rte rte-invalid" : "rte"}>
      <div className="rte-toolbar" role="toolbar" aria-label="Formatting">
        <button type="button" className="tool" aria-pressed={active?.bold ?? false} onMouseDown={keep} onClick={() => editor?.chain().focus().toggleBold().run()}>
          <b aria-hidden="true">B</b>
          <span className="sr-only">Bold</span>
        </button>
        <button type="button" className="tool" aria-pressed={active?.italic ?? false} onMouseDown={keep} onClick={() => editor?.chain().focus().toggleItalic().run()}>
          <i aria-hidden="true">I</i>
          <span className="sr-only">Italic</span>
        </button>
        <button type="button" className="tool" aria-pressed={active?.link ?? false} aria-expanded={panel === "link"} onMouseDown={keep} onClick={() => setPanel(panel === "link" ? null : "link")}>
          Link
        </button>
        <button type="button" className="tool tool-cite" aria-expanded={panel === "cite"} aria-haspopup="dialog" onMouseDown={keep} onClick={() => setPanel(panel === "cite" ? null : "cite")}>
          Cite
        </button>
      </div>
      {panel === "link" && editor ? <LinkField editor={editor} onDone={close} /> : null}
      {panel === "cite" && editor ? (
        <SourcePicker
          sources={sources}
          onPick={(key) => {
            editor.chain().focus().insertContent({ type: "citation", attrs: { sourceId: key } }).run();
            setPanel(null);
          }}
          onClose={close}
        />
      ) : null}
      <EditorContent editor={editor} className="rte-body" />
      {!editor ? <div className="rte-content rte-loading" aria-hidden="true" /> : null}
    </div>
  );
});

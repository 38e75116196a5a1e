import { InputRule, mergeAttributes, Node, type Extensions } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { isSafeHref } from "./schema";

// The one tiptap extension list for story text (claim bodies, timeline entries). It allows exactly
// what lib/richtext/schema.ts (the zod validator) accepts — paragraphs, bold, italic, links, hard
// breaks and the inline `citation` atom — so the editor cannot produce a body the server rejects.
// tests/unit/admin/richtext-extensions.test.ts keeps the two in step.

/**
 * How the editor shows citations. A citation stores only its source key; its number is the
 * source's current position, which lives outside the document. One numbering object is shared by
 * every editor of a story, so moving a source renumbers every [n] at once.
 */
export interface CitationNumbering {
  numberOf(sourceKey: string): number | null;
  keyForNumber(n: number): string | null;
  /** Outlet and headline, for the hover title. */
  describe(sourceKey: string): string;
  /** Calls `fn` whenever numbers change; returns the unsubscribe function. */
  subscribe(fn: () => void): () => void;
}

export interface CitationOptions {
  numbering: CitationNumbering | null;
}

export const CITATION_INPUT = /\[(\d{1,3})\]$/;

export const Citation = Node.create<CitationOptions>({
  name: "citation",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addOptions() {
    return { numbering: null };
  },

  addAttributes() {
    return {
      sourceId: {
        default: null,
        parseHTML: (el) => el.getAttribute("data-source-id"),
        renderHTML: (attrs) => ({ "data-source-id": attrs.sourceId }),
      },
    };
  },

  parseHTML() {
    // Copy and paste between claims keeps citations (the key travels in data-source-id).
    return [{ tag: "span[data-citation][data-source-id]" }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const n = this.options.numbering?.numberOf(node.attrs.sourceId);
    return ["span", mergeAttributes({ "data-citation": "", class: "citation" }, HTMLAttributes), n ? `[${n}]` : "[?]"];
  },

  renderText({ node }) {
    const n = this.options.numbering?.numberOf(node.attrs.sourceId);
    return n ? `[${n}]` : "[?]";
  },

  addNodeView() {
    const numbering = this.options.numbering;
    if (!numbering) return null;
    return ({ node }) => {
      let current = node;
      const dom = document.createElement("span");
      dom.className = "citation";
      dom.contentEditable = "false";
      dom.setAttribute("data-citation", "");
      const render = () => {
        const key = String(current.attrs.sourceId ?? "");
        const n = numbering.numberOf(key);
        dom.textContent = n ? `[${n}]` : "[?]";
        dom.setAttribute("data-source-id", key);
        dom.classList.toggle("citation-missing", !n);
        dom.title = n ? numbering.describe(key) : "This source is no longer in the story";
      };
      render();
      const unsubscribe = numbering.subscribe(render);
      return {
        dom,
        update(updated) {
          if (updated.type !== current.type) return false;
          current = updated;
          render();
          return true;
        },
        ignoreMutation: () => true,
        destroy: unsubscribe,
      };
    };
  },

  addInputRules() {
    const numbering = this.options.numbering;
    const type = this.type;
    return [
      // Typing "[3]" cites source 3. A number with no source stays plain text.
      new InputRule({
        find: CITATION_INPUT,
        handler: ({ state, range, match }) => {
          const key = numbering?.keyForNumber(Number(match[1]));
          if (!key) return null;
          state.tr.replaceWith(range.from, range.to, type.create({ sourceId: key }));
        },
      }),
    ];
  },
});

/** The extension list; the editor passes its numbering, the validator and tests need none. */
export function richTextExtensions(numbering: CitationNumbering | null = null): Extensions {
  return [
    StarterKit.configure({
      blockquote: false,
      bulletList: false,
      code: false,
      codeBlock: false,
      heading: false,
      horizontalRule: false,
      listItem: false,
      listKeymap: false,
      orderedList: false,
      strike: false,
      underline: false,
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
        // Same rule as the validator: http, https and mailto only.
        isAllowedUri: (url, ctx) => !!ctx.defaultValidate(url) && isSafeHref(url),
      },
    }),
    Citation.configure({ numbering }),
  ];
}

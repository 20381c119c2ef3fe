"use client";

import type { ComposeCatalog } from "@/lib/compose/catalog";
import { canonicalLinkSearch } from "@/lib/compose/deep-link";
import { UrlState } from "../url-state";
import { ComposerForm } from "./composer-form";
import { loadingDraft, useDraft } from "./use-draft";

function LiveComposer({ catalog }: { catalog: ComposeCatalog }) {
  return <ComposerForm catalog={catalog} draft={useDraft(catalog.topics)} />;
}

/** The request composer; the static HTML shows its form, disabled until the draft and the link are read. */
export function Composer({ catalog }: { catalog: ComposeCatalog }) {
  return (
    <UrlState fallback={<ComposerForm catalog={catalog} draft={loadingDraft} />} tidy={canonicalLinkSearch}>
      <LiveComposer catalog={catalog} />
    </UrlState>
  );
}

"use client";

import type { ComposeCatalog } from "@/lib/compose/catalog";
import { canonicalLinkSearch } from "@/lib/compose/deep-link";
import { ENGLISH_STORAGE_KEY, STORAGE_KEY } from "@/lib/compose/form-state";
import type { Locale } from "@/lib/i18n/locale";
import { UrlState } from "../url-state";
import { ComposerForm } from "./composer-form";
import { loadingDraft, useDraft } from "./use-draft";
import type { ComposeWords } from "./words";

type Props = { catalog: ComposeCatalog; words: ComposeWords; locale: Locale };

function LiveComposer(props: Props) {
  const key = props.catalog.writtenIn === "en" ? ENGLISH_STORAGE_KEY : STORAGE_KEY;
  return <ComposerForm {...props} draft={useDraft(props.catalog.topics, key)} />;
}

/** The request composer; the static HTML shows its form, disabled until the draft and the link are read. */
export function Composer(props: Props) {
  return (
    <UrlState
      fallback={<ComposerForm {...props} draft={loadingDraft(props.catalog.topics)} />}
      tidy={canonicalLinkSearch}
    >
      <LiveComposer {...props} />
    </UrlState>
  );
}

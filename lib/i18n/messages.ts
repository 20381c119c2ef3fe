import ruSite from "./messages/ru/site.json";
import ruFooter from "./messages/ru/footer.json";
import ruPage from "./messages/ru/page.json";
import ruCard from "./messages/ru/card.json";
import ruChannel from "./messages/ru/channel.json";
import ruReports from "./messages/ru/reports.json";
import ruHome from "./messages/ru/home.json";
import ruComparison from "./messages/ru/comparison.json";
import ruCompose from "./messages/ru/compose.json";
import ruCheck from "./messages/ru/check.json";
import ruSearch from "./messages/ru/search.json";
import enSite from "./messages/en/site.json";
import enFooter from "./messages/en/footer.json";
import enPage from "./messages/en/page.json";
import enCard from "./messages/en/card.json";
import enChannel from "./messages/en/channel.json";
import enReports from "./messages/en/reports.json";
import enHome from "./messages/en/home.json";
import enComparison from "./messages/en/comparison.json";
import enCompose from "./messages/en/compose.json";
import enCheck from "./messages/en/check.json";
import enSearch from "./messages/en/search.json";

/**
 * next-intl's messages, one file per namespace so that each part of the interface keeps its words together.
 * Server-only: client components get their few strings as props from the server component above them.
 */
export const RU_MESSAGES = {
  site: ruSite,
  footer: ruFooter,
  page: ruPage,
  card: ruCard,
  channel: ruChannel,
  reports: ruReports,
  home: ruHome,
  comparison: ruComparison,
  compose: ruCompose,
  check: ruCheck,
  search: ruSearch,
};

export const EN_MESSAGES: typeof RU_MESSAGES = {
  site: enSite,
  footer: enFooter,
  page: enPage,
  card: enCard,
  channel: enChannel,
  reports: enReports,
  home: enHome,
  comparison: enComparison,
  compose: enCompose,
  check: enCheck,
  search: enSearch,
};

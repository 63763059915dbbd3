// One file per namespace, so that features add their messages without touching each other's.
import account from "./account.json";
import activity from "./activity.json";
import admin from "./admin.json";
import attribution from "./attribution.json";
import audit from "./audit.json";
import auth from "./auth.json";
import common from "./common.json";
import contentKinds from "./contentKinds.json";
import dashboard from "./dashboard.json";
import embed from "./embed.json";
import embedBuilder from "./embedBuilder.json";
import existence from "./existence.json";
import home from "./home.json";
import importMessages from "./import.json";
import inbox from "./inbox.json";
import languages from "./languages.json";
import levels from "./levels.json";
import likes from "./likes.json";
import methodology from "./methodology.json";
import nav from "./nav.json";
import observation from "./observation.json";
import observations from "./observations.json";
import openness from "./openness.json";
import platforms from "./platforms.json";
import profile from "./profile.json";
import registry from "./registry.json";
import replies from "./replies.json";
import review from "./review.json";
import roles from "./roles.json";
import savedEmbeds from "./savedEmbeds.json";
import status from "./status.json";
import titles from "./titles.json";
import validation from "./validation.json";
import visibility from "./visibility.json";
import waveChanges from "./waveChanges.json";
import waves from "./waves.json";

const messages = {
  import: importMessages,
  inbox,
  methodology,
  embedBuilder,
  savedEmbeds,
  profile,
  openness,
  activity,
  admin,
  account,
  audit,
  likes,
  replies,
  languages,
  contentKinds,
  common,
  nav,
  roles,
  auth,
  platforms,
  titles,
  existence,
  visibility,
  status,
  attribution,
  observation,
  validation,
  observations,
  review,
  dashboard,
  embed,
  levels,
  registry,
  waves,
  waveChanges,
  home,
};
export default messages;

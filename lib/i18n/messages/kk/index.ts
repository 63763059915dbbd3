// One file per namespace, so that features add their messages without touching each other's.
import common from "./common.json";
import nav from "./nav.json";
import roles from "./roles.json";
import auth from "./auth.json";
import platforms from "./platforms.json";
import titles from "./titles.json";
import existence from "./existence.json";
import visibility from "./visibility.json";
import status from "./status.json";
import observation from "./observation.json";
import validation from "./validation.json";
import levels from "./levels.json";
import observations from "./observations.json";
import contentKinds from "./contentKinds.json";
import languages from "./languages.json";
import replies from "./replies.json";
import likes from "./likes.json";
import registry from "./registry.json";
import admin from "./admin.json";
import account from "./account.json";
import activity from "./activity.json";
import openness from "./openness.json";
import embed from "./embed.json";
import profile from "./profile.json";
import embedBuilder from "./embedBuilder.json";

const messages = { embedBuilder, profile, embed, openness, activity, admin, account, likes, replies, languages, contentKinds, common, nav, roles, auth, platforms, titles, existence, visibility, status, observation, validation, levels, observations, registry };
export default messages;

#include "consoleroutes.h"

#include "calls/perform.h"
#include "domain/try.h"
#include "platform/agorakeys.h"
#include "routekit.h"

namespace lectern::hub {
namespace {

namespace call = wire::call;

// The limit a call counts against, if any: what students can send many of.
struct Limit {
    RateLimiter* limiter = nullptr;
    const char* what = "";
};
template <typename Call> Limit limitFor(HubLimits*) {
    return {};
}
template <> Limit limitFor<call::SendChat>(HubLimits* limits) {
    return {limits ? &limits->chat : nullptr, "messages"};
}
template <> Limit limitFor<call::LikeChat>(HubLimits* limits) {
    return {limits ? &limits->reactions : nullptr, "likes"};
}

// How large a call's body may be: those that carry a file take one as large as the framer
// lets through for their path.
template <typename Call> constexpr qsizetype bodyLimitFor() {
    return maxBodyBytes;
}
template <> constexpr qsizetype bodyLimitFor<call::ReadRoster>() {
    return maxFileBodyBytes;
}
template <> constexpr qsizetype bodyLimitFor<call::ImportRoster>() {
    return maxFileBodyBytes;
}
template <> constexpr qsizetype bodyLimitFor<call::ImportAttendance>() {
    return maxFileBodyBytes;
}

// What the call does on this server. The Agora keys are the server's, not the user's
// keychain's: reading them shows the app id only, and only admins change them.
template <typename Call>
call::Outcome<Call> performHere(const ServiceContext& context, const User& user,
                                const typename Call::Arguments& arguments) {
    return calls::performCall<Call>(context, user, arguments);
}
template <>
call::Outcome<call::AgoraKeysKept>
performHere<call::AgoraKeysKept>(const ServiceContext&, const User& user, const std::tuple<>&) {
    if (!user.runsCourses())
        return std::unexpected(
            Error::forbidden(QStringLiteral("Only instructors and admins use the Agora keys")));
    LECTERN_TRY(std::optional<AgoraKeys> keys,
                platform::AgoraKeyStore(SecretStore::forThisUser()).load());
    if (keys)
        keys->appCertificate.clear(); // it signs tokens here, and stays here
    return keys;
}
Status adminOnly(const User& user) {
    if (!user.isAdmin())
        return std::unexpected(
            Error::forbidden(QStringLiteral("Only an admin changes the server's Agora keys")));
    return {};
}
template <>
call::Outcome<call::SaveAgoraKeys>
performHere<call::SaveAgoraKeys>(const ServiceContext& context, const User& user,
                                 const std::tuple<AgoraKeys>& arguments) {
    LECTERN_CHECK(adminOnly(user));
    AgoraKeys keys = std::get<0>(arguments);
    // The console never sees the certificate it keeps: left empty, the one kept stays.
    if (keys.appCertificate.trimmed().isEmpty()) {
        LECTERN_TRY(const std::optional<AgoraKeys> kept,
                    platform::AgoraKeyStore(SecretStore::forThisUser()).load());
        if (kept)
            keys.appCertificate = kept->appCertificate;
    }
    return calls::performCall<call::SaveAgoraKeys>(context, user, std::tuple{keys});
}
template <>
call::Outcome<call::ForgetAgoraKeys>
performHere<call::ForgetAgoraKeys>(const ServiceContext& context, const User& user,
                                   const std::tuple<>& arguments) {
    LECTERN_CHECK(adminOnly(user));
    return calls::performCall<call::ForgetAgoraKeys>(context, user, arguments);
}

template <typename Call>
void serve(QHttpServer& server, const ServiceContext& context, HubLimits* limits) {
    routeBoth(server, QStringLiteral("/api/console/") + QString(Call::path), Method::Post,
              [context, limits](const QHttpServerRequest& request) {
                  return asUser(context, request, [&](const User& user) {
                      auto body = request.body().trimmed().isEmpty()
                                      ? Result<QJsonObject>(QJsonObject{})
                                      : jsonBody(request, bodyLimitFor<Call>());
                      if (!body)
                          return errorResponse(body.error());
                      auto arguments = wire::decodeArguments<Call>(*body);
                      if (!arguments)
                          return errorResponse(arguments.error());
                      if (const Limit limit = limitFor<Call>(limits); limit.limiter) {
                          if (auto within =
                                  withinLimit(*limit.limiter, user, QLatin1String(limit.what));
                              !within)
                              return errorResponse(within.error());
                      }
                      const auto outcome = performHere<Call>(context, user, *arguments);
                      if (!outcome)
                          return errorResponse(outcome.error());
                      // The server's clock, which the console's "now" follows (what is upcoming,
                      // countdowns, reminders), whatever the desktop's says.
                      QJsonObject answer = wire::encodeAnswer<Call>(outcome);
                      answer.insert(QStringLiteral("now"), wire::encode(context.now()));
                      return QHttpServerResponse(answer);
                  });
              });
}

} // namespace

void addConsoleRoutes(QHttpServer& server, const ServiceContext& context, HubLimits* limits) {
    std::apply([&](auto... calls) { (serve<decltype(calls)>(server, context, limits), ...); },
               call::All{});
}

QRegularExpression consoleFileBodyPaths() {
    QStringList paths;
    std::apply(
        [&](auto... calls) {
            ((bodyLimitFor<decltype(calls)>() > maxBodyBytes
                  ? void(paths << QRegularExpression::escape(QString(decltype(calls)::path)))
                  : void()),
             ...);
        },
        call::All{});
    return QRegularExpression(QStringLiteral("^/api/console/(%1)/?$").arg(paths.join(u'|')));
}

} // namespace lectern::hub

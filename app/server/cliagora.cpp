#include "cliagora.h"

#include "clioutput.h"
#include "platform/agorakeys.h"
#include "platform/agoratoken.h"
#include "servercli.h"

#include <QDateTime>

namespace lectern::cli {
namespace {
// A whole number from 0 to `high`, or nullopt after a usage error naming the option.
std::optional<quint32> unsignedOption(const QCommandLineParser& parser, const QString& name,
                                      quint32 high) {
    bool isNumber = false;
    const qulonglong value = parser.value(name).toULongLong(&isNumber);
    if (!isNumber || value > high) {
        usageError(QStringLiteral("--%1 takes a whole number from 0 to %2").arg(name).arg(high));
        return std::nullopt;
    }
    return static_cast<quint32>(value);
}
} // namespace

int agoraToken(const QStringList& arguments) {
    CommandLine command(
        QStringLiteral("agora-token"),
        QStringLiteral("Prints an Agora RTC token (AccessToken2) that lets UID join CHANNEL for "
                       "--expire seconds, to check a set-up against Agora's console."));
    command.parser().addOptions({
        {QStringLiteral("app-id"),
         QStringLiteral("The project's app id (32 hex digits); default: the one kept by "
                        "agora-keys."),
         QStringLiteral("ID")},
        {QStringLiteral("certificate"),
         QStringLiteral("The project's app certificate (32 hex digits); default: the one kept "
                        "by agora-keys."),
         QStringLiteral("CERT")},
        {QStringLiteral("channel"), QStringLiteral("The channel's name."),
         QStringLiteral("CHANNEL")},
        {QStringLiteral("uid"), QStringLiteral("The user's number; 0 for any (default)."),
         QStringLiteral("UID"), QStringLiteral("0")},
        {QStringLiteral("expire"), QStringLiteral("Seconds the token and its privilege last."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("issued-at"),
         QStringLiteral("Issue time in seconds since 1970 (default: now)."), QStringLiteral("T")},
        {QStringLiteral("salt"), QStringLiteral("Salt, 1 to 99999999 (default: random)."),
         QStringLiteral("N")},
    });
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser& parser = command.parser();
    // The keys given, else those kept by agora-keys.
    std::optional<QString> appId;
    std::optional<QString> certificate;
    if (parser.isSet(QStringLiteral("app-id")) || parser.isSet(QStringLiteral("certificate"))) {
        appId = command.required(QStringLiteral("app-id"));
        certificate = appId ? command.required(QStringLiteral("certificate")) : std::nullopt;
        if (!certificate)
            return exitUsage;
    } else {
        const auto stored = platform::AgoraKeyStore(SecretStore::forThisUser()).load();
        if (!stored)
            return fail(stored.error());
        if (!stored->has_value())
            return usageError(QStringLiteral("give --app-id and --certificate, or keep them "
                                             "with: lectern-server agora-keys"));
        appId = (*stored)->appId;
        certificate = (*stored)->appCertificate;
    }
    const auto channel = command.required(QStringLiteral("channel"));
    const auto expireText = channel ? command.required(QStringLiteral("expire")) : std::nullopt;
    if (!expireText)
        return exitUsage;

    platform::AgoraRtcToken::Request request;
    request.appId = *appId;
    request.appCertificate = *certificate;
    request.channel = *channel;
    const auto uid = unsignedOption(parser, QStringLiteral("uid"), UINT32_MAX);
    const auto expire =
        uid ? unsignedOption(parser, QStringLiteral("expire"), 24 * 3600 * 365) : std::nullopt;
    if (!expire)
        return exitUsage;
    request.uid = *uid;
    request.expireSeconds = *expire;
    request.privileges = {{platform::AgoraRtcToken::JoinChannel, *expire}};
    request.issuedAt = static_cast<quint32>(QDateTime::currentSecsSinceEpoch());
    if (parser.isSet(QStringLiteral("issued-at"))) {
        const auto issuedAt = unsignedOption(parser, QStringLiteral("issued-at"), UINT32_MAX);
        if (!issuedAt)
            return exitUsage;
        request.issuedAt = *issuedAt;
    }
    request.salt = platform::AgoraRtcToken::randomSalt();
    if (parser.isSet(QStringLiteral("salt"))) {
        const auto salt = unsignedOption(parser, QStringLiteral("salt"), 99'999'999);
        if (!salt || *salt == 0)
            return salt ? usageError(QStringLiteral("--salt takes a number from 1 to 99999999"))
                        : exitUsage;
        request.salt = *salt;
    }
    const auto token = platform::AgoraRtcToken::build(request);
    if (!token)
        return usageError(token.error().message);
    printLine(*token);
    return exitOk;
}

int agoraKeys(const QStringList& arguments) {
    CommandLine command(
        QStringLiteral("agora-keys"),
        QStringLiteral("Keeps the Agora project's app id and certificate in the secret store (the "
                       "system keychain, or an owner-only file), where the console and "
                       "agora-token find them. Without options, says whether they are kept."));
    command.parser().addOptions({
        {QStringLiteral("app-id"), QStringLiteral("The project's app id (32 hex digits)."),
         QStringLiteral("ID")},
        {QStringLiteral("certificate"),
         QStringLiteral("The project's app certificate (32 hex digits)."), QStringLiteral("CERT")},
        {QStringLiteral("forget"), QStringLiteral("Remove the kept keys.")},
    });
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser& parser = command.parser();
    platform::AgoraKeyStore store(SecretStore::forThisUser());
    if (parser.isSet(QStringLiteral("forget"))) {
        if (auto forgotten = store.forget(); !forgotten)
            return fail(forgotten.error());
        printLine(QStringLiteral("The Agora keys are forgotten."));
        return exitOk;
    }
    if (parser.isSet(QStringLiteral("app-id")) || parser.isSet(QStringLiteral("certificate"))) {
        const auto appId = command.required(QStringLiteral("app-id"));
        const auto certificate =
            appId ? command.required(QStringLiteral("certificate")) : std::nullopt;
        if (!certificate)
            return exitUsage;
        if (auto saved = store.save({*appId, *certificate}); !saved)
            return fail(saved.error());
        printLine(QStringLiteral("Kept the Agora keys of app %1.").arg(*appId));
        return exitOk;
    }
    const auto stored = store.load();
    if (!stored)
        return fail(stored.error());
    printLine(
        stored->has_value()
            ? QStringLiteral("Agora app %1, with its certificate, is kept.").arg((*stored)->appId)
            : QStringLiteral("No Agora keys are kept."));
    return exitOk;
}

} // namespace lectern::cli

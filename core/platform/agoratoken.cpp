#include "agoratoken.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

#include <algorithm>
#include <cctype>

namespace lectern::platform {
namespace {

constexpr auto tokenVersion = "007";
constexpr quint16 rtcService = 1;

// Agora's packing: little-endian integers, strings and byte arrays with a 16-bit length.
class Packer {
public:
    Packer& u16(quint16 value) {
        char bytes[2];
        qToLittleEndian(value, bytes);
        m_data.append(bytes, 2);
        return *this;
    }
    Packer& u32(quint32 value) {
        char bytes[4];
        qToLittleEndian(value, bytes);
        m_data.append(bytes, 4);
        return *this;
    }
    Packer& bytes(const QByteArray& value) {
        u16(static_cast<quint16>(value.size()));
        m_data.append(value);
        return *this;
    }
    Packer& raw(const QByteArray& value) {
        m_data.append(value);
        return *this;
    }
    const QByteArray& data() const { return m_data; }

private:
    QByteArray m_data;
};

bool isHex32(const QString& text) {
    if (text.size() != 32)
        return false;
    return std::ranges::all_of(text, [](QChar c) { return isxdigit(c.toLatin1()) != 0; });
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& message) {
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

QMap<quint16, quint32> AgoraRtcToken::publisher(quint32 seconds) {
    return {{JoinChannel, seconds},
            {PublishAudioStream, seconds},
            {PublishVideoStream, seconds},
            {PublishDataStream, seconds}};
}

quint32 AgoraRtcToken::randomSalt() {
    return QRandomGenerator::system()->bounded(1u, 100'000'000u);
}

Status AgoraRtcToken::checkKeys(const QString& appId, const QString& appCertificate) {
    if (!isHex32(appId))
        return std::unexpected(Error::invalid(
            QStringLiteral("app_id"), QStringLiteral("An Agora app id is 32 hexadecimal digits")));
    if (!isHex32(appCertificate))
        return std::unexpected(
            Error::invalid(QStringLiteral("certificate"),
                           QStringLiteral("An Agora app certificate is 32 hexadecimal digits")));
    return {};
}

Result<QString> AgoraRtcToken::build(const Request& request) {
    if (auto keys = checkKeys(request.appId, request.appCertificate); !keys)
        return std::unexpected(keys.error());
    if (request.channel.isEmpty() || request.channel.toUtf8().size() > 64)
        return std::unexpected(Error::invalid(QStringLiteral("channel"),
                                              QStringLiteral("A channel name has 1 to 64 bytes")));
    if (request.privileges.isEmpty())
        return std::unexpected(Error::invalid(
            QStringLiteral("privileges"), QStringLiteral("A token grants at least one privilege")));

    // The key: the certificate signed with the issue time, then with the salt.
    const QByteArray certificate = request.appCertificate.toUtf8();
    QByteArray signingKey = hmacSha256(Packer().u32(request.issuedAt).data(), certificate);
    signingKey = hmacSha256(Packer().u32(request.salt).data(), signingKey);

    Packer service;
    service.u16(rtcService).u16(static_cast<quint16>(request.privileges.size()));
    for (auto it = request.privileges.cbegin(); it != request.privileges.cend(); ++it)
        service.u16(it.key()).u32(it.value()); // QMap keeps them in ascending order, as Agora
    service.bytes(request.channel.toUtf8());
    service.bytes(request.uid == 0 ? QByteArray() : QByteArray::number(request.uid));

    Packer signedPart;
    signedPart.bytes(request.appId.toUtf8())
        .u32(request.issuedAt)
        .u32(request.expireSeconds)
        .u32(request.salt)
        .u16(1) // one service
        .raw(service.data());
    const QByteArray signature = hmacSha256(signingKey, signedPart.data());

    // qCompress puts the uncompressed length (4 bytes) before the zlib stream Agora expects.
    const QByteArray packed = Packer().bytes(signature).raw(signedPart.data()).data();
    const QByteArray zlibStream = qCompress(packed).mid(4);
    return QString::fromLatin1(tokenVersion) + QString::fromLatin1(zlibStream.toBase64());
}

} // namespace lectern::platform

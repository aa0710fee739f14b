// SPDX-License-Identifier: MIT
#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tco::ui {

QIcon themedIcon(const QString &name)
{
    // Looking an icon up in the desktop's theme reads directories: once per name is enough (the
    // program never changes the icon theme), and the problem lists ask on every edit.
    static QHash<QString, QIcon> cache;
    if (const auto it = cache.constFind(name); it != cache.cend())
        return *it;
    const QString own = u":/icons/actions/"_s + name + u".svg"_s;
    const QIcon icon = QFile::exists(own) ? QIcon::fromTheme(name, QIcon(own)) : QIcon::fromTheme(name);
    cache.insert(name, icon);
    return icon;
}

QColor mixColors(const QColor &base, const QColor &other, double share)
{
    const auto mix = [share](int b, int o) { return int(std::lround((1.0 - share) * b + share * o)); };
    return QColor(mix(base.red(), other.red()), mix(base.green(), other.green()), mix(base.blue(), other.blue()));
}

QStringList availableThemes()
{
    return {u"system"_s, u"light"_s, u"dark"_s};
}

QString themeName(const QString &theme)
{
    if (theme == "light"_L1)
        return QApplication::translate("tco::ui::Theme", "Light");
    if (theme == "dark"_L1)
        return QApplication::translate("tco::ui::Theme", "Dark");
    return QApplication::translate("tco::ui::Theme", "System");
}

namespace {
QPalette darkPalette()
{
    QPalette p;
    const QColor window(37, 40, 45), base(27, 29, 33), text(228, 230, 235), disabled(120, 124, 130);
    const QColor highlight(64, 128, 214);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(44, 47, 53));
    p.setColor(QPalette::ToolTipBase, QColor(52, 56, 62));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(50, 54, 60));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 168, 254));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}
} // namespace

void applyTheme(const QString &theme)
{
    static const QString platformStyle = QApplication::style() ? QApplication::style()->name() : QString();
    static const QPalette platformPalette = QApplication::palette();
    if (theme == "dark"_L1 || theme == "light"_L1) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(theme == "dark"_L1 ? darkPalette() : QApplication::style()->standardPalette());
    } else {
        if (!platformStyle.isEmpty())
            QApplication::setStyle(QStyleFactory::create(platformStyle));
        QApplication::setPalette(platformPalette);
    }
}

} // namespace tco::ui

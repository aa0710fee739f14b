// SPDX-License-Identifier: MIT
// Build-time host tool (never installed): renders the application's SVG icon into the PNG
// sizes of the freedesktop hicolor icon theme, so no binary icon is kept in the repository.
//
//   tco-render-icon INPUT.svg OUTPUT_DIR SIZE...
//
// writes OUTPUT_DIR/<SIZE>x<SIZE>/apps/<basename of INPUT>.png for every SIZE (in pixels).
// Needs no display: it paints into a QImage, which needs no QGuiApplication.

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {
constexpr int kMinSize_px = 1;
constexpr int kMaxSize_px = 4096;

int usage()
{
    std::fputs("usage: tco-render-icon INPUT.svg OUTPUT_DIR SIZE...\n", stderr);
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc < 4)
        return usage();
    const QString input = QString::fromLocal8Bit(argv[1]);
    const QDir outputDir(QString::fromLocal8Bit(argv[2]));
    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "tco-render-icon: cannot read the SVG %s\n", argv[1]);
        return 1;
    }
    const QString name = QFileInfo(input).completeBaseName() + QStringLiteral(".png");
    for (int i = 3; i < argc; ++i) {
        bool ok = false;
        const int size_px = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size_px < kMinSize_px || size_px > kMaxSize_px) {
            std::fprintf(stderr, "tco-render-icon: invalid size %s\n", argv[i]);
            return usage();
        }
        QImage image(size_px, size_px, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size_px, size_px));
        }
        const QString subdir = QStringLiteral("%1x%1/apps").arg(size_px);
        if (!outputDir.mkpath(subdir)) {
            std::fprintf(stderr, "tco-render-icon: cannot create %s\n", qPrintable(outputDir.filePath(subdir)));
            return 1;
        }
        const QString file = outputDir.filePath(subdir + QLatin1Char('/') + name);
        if (!image.save(file, "PNG")) {
            std::fprintf(stderr, "tco-render-icon: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}

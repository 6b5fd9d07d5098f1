#include "ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace {

const QSize presets[] = {QSize(1600, 900), QSize(1920, 1080), QSize(1280, 720), QSize(1024, 768),
                         QSize(800, 600)};

}  // namespace

ExportDialog::ExportDialog(const QString &folder, const QString &baseName, QWidget *parent)
    : QDialog(parent)
    , m_baseName(baseName)
    , m_format(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QComboBox(this))
    , m_bom(new QCheckBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_pixels(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export chart"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_preset->setObjectName(QStringLiteral("exportSizePreset"));
    m_width->setObjectName(QStringLiteral("exportWidth"));
    m_height->setObjectName(QStringLiteral("exportHeight"));
    m_scale->setObjectName(QStringLiteral("exportScale"));
    m_bom->setObjectName(QStringLiteral("exportBom"));
    m_path->setObjectName(QStringLiteral("exportPath"));

    m_format->addItem(tr("PNG image"), static_cast<int>(ChartExporter::Format::Png));
    m_format->addItem(tr("SVG drawing"), static_cast<int>(ChartExporter::Format::Svg));
    m_format->addItem(tr("PDF document"), static_cast<int>(ChartExporter::Format::Pdf));
    m_format->addItem(tr("CSV data (the chart's table)"),
                      static_cast<int>(ChartExporter::Format::Csv));
    for (const QSize &size : presets)
        m_preset->addItem(tr("%1 × %2").arg(size.width()).arg(size.height()), size);
    m_preset->addItem(tr("Custom"), QSize());
    for (QSpinBox *spin : {m_width, m_height}) {
        spin->setRange(100, 10000);
        spin->setSuffix(tr(" px"));
    }
    m_width->setValue(1600);
    m_height->setValue(900);
    for (int scale : {1, 2, 3})
        m_scale->addItem(tr("%1×").arg(scale), scale);
    m_bom->setText(tr("Byte order mark, for Excel on Japanese Windows"));
    m_browse->setText(tr("&Browse…"));
    m_path->setText(QDir(folder).filePath(baseName + QStringLiteral(".png")));

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_preset);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("F&ormat:"), m_format);
    // A row that is a layout gets a label without a buddy, which would show its '&'.
    auto *sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_preset);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(QString(), m_pixels);
    form->addRow(QString(), m_bom);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const QSize size = m_preset->currentData().toSize();
        if (size.isValid()) {
            m_width->setValue(size.width());
            m_height->setValue(size.height());
        }
        updateControls();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the file name's suffix in step with the format.
        const QString suffix = ChartExporter::formatName(request().format);
        QFileInfo info(m_path->text());
        m_path->setText(
                QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
        updateControls();
    });
    for (QSpinBox *spin : {m_width, m_height})
        connect(spin, &QSpinBox::valueChanged, this, &ExportDialog::updateControls);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateControls);
    updateControls();
}

ChartExporter::Request ExportDialog::request() const
{
    ChartExporter::Request request;
    request.format = static_cast<ChartExporter::Format>(m_format->currentData().toInt());
    request.size = QSize(m_width->value(), m_height->value());
    request.scale = m_scale->currentData().toInt();
    request.byteOrderMark = m_bom->isChecked();
    return request;
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setFormat(ChartExporter::Format format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

void ExportDialog::updateControls()
{
    const ChartExporter::Request r = request();
    const bool image = r.format != ChartExporter::Format::Csv;
    const bool custom = !m_preset->currentData().toSize().isValid();
    m_preset->setEnabled(image);
    m_width->setEnabled(image && custom);
    m_height->setEnabled(image && custom);
    m_scale->setEnabled(r.format == ChartExporter::Format::Png);
    m_bom->setEnabled(!image);
    m_pixels->setText(r.format == ChartExporter::Format::Png
                              ? tr("%1 × %2 pixels")
                                        .arg(qRound(r.size.width() * r.scale))
                                        .arg(qRound(r.size.height() * r.scale))
                              : QString());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!path().isEmpty());
}

void ExportDialog::browse()
{
    const QString suffix = ChartExporter::formatName(request().format);
    const QString chosen = QFileDialog::getSaveFileName(
            this, tr("Export chart"), path(), tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

import PuenteIndex
import PuenteKnowledge
import PuenteSupport

/// How the knowledge covers the session: initiatives per theme, region and
/// modality, so a moderator sees what the panel must fill.
public struct Coverage: Sendable, Codable, Hashable {
    public struct Cell: Sendable, Codable, Hashable {
        public var theme: String
        public var region: String
        public var modality: String
        /// Initiative ids in this cell.
        public var initiatives: [String]
    }

    /// The themes and modalities the concept note names, and every region.
    public var themes: [String]
    public var regions: [String]
    public var modalities: [String]
    /// Every theme × region × modality, empty cells included.
    public var cells: [Cell]

    public var emptyCells: [Cell] { cells.filter { $0.initiatives.isEmpty } }
    public var singleCells: [Cell] { cells.filter { $0.initiatives.count == 1 } }
}

extension Assistant {
    /// The coverage of the session's themes and modalities (those the concept note
    /// names) across every region.
    public func coverage() -> Coverage {
        let finder = MentionFinder(knowledge.vocabulary, language: .spanish, analyzer: analyzer)
        let named = knowledge.conceptNote.passages.flatMap { finder.mentions(in: $0.text) }
        let themes = unique(named.filter { $0.kind == .theme }.map(\.id))
        let modalities = unique(named.filter { $0.kind == .modality }.map(\.id))
        let regions = knowledge.vocabulary.terms(.region).map(\.id)
        var cells: [Coverage.Cell] = []
        for theme in themes {
            for modality in modalities {
                for region in regions {
                    let ids = knowledge.initiatives.filter {
                        $0.themes.contains(theme) && $0.modalities.contains(modality) && $0.regions.contains(region)
                    }.map(\.id)
                    cells.append(Coverage.Cell(theme: theme, region: region, modality: modality, initiatives: ids))
                }
            }
        }
        return Coverage(themes: themes, regions: regions, modalities: modalities, cells: cells)
    }

    /// The coverage view as Markdown, in `language`.
    public func coverageMarkdown(language: ReplyLanguage = .spanish) -> String {
        coverage().markdown(Wording(language: language, knowledge: knowledge))
    }

    private func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}

extension Coverage {
    /// Tables per modality (themes × regions, initiative counts), then the cells a
    /// single initiative holds, then the gaps, one line per theme and modality.
    func markdown(_ wording: Wording) -> String {
        var lines = ["## " + wording.coverageHeading, ""]
        for modality in modalities {
            lines += ["### " + wording.label(.modality, modality), ""]
            lines.append(
                "| " + ([wording.themeColumn] + regions.map { wording.label(.region, $0) }).joined(separator: " | ")
                    + " |")
            lines.append("|" + String(repeating: "---|", count: regions.count + 1))
            for theme in themes {
                let counts = regions.map { region in
                    String(
                        cells.first { $0.theme == theme && $0.region == region && $0.modality == modality }?.initiatives
                            .count ?? 0)
                }
                lines.append("| " + ([wording.label(.theme, theme)] + counts).joined(separator: " | ") + " |")
            }
            lines.append("")
        }
        lines += ["### " + wording.singleHeading, ""]
        lines += singleCells.map { "- " + wording.singleCell($0) }
        lines += ["", "### " + wording.gapsHeading, ""]
        for theme in themes {
            for modality in modalities {
                let empty = regions.filter { region in
                    cells.first { $0.theme == theme && $0.region == region && $0.modality == modality }?.initiatives
                        .isEmpty ?? true
                }
                if !empty.isEmpty { lines.append("- " + wording.gap(theme: theme, modality: modality, regions: empty)) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

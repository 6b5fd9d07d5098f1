<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AsOf</name>
    <message>
        <source>Every figure (%1 has no dated announcement)</source>
        <translation>すべての数値（%1には日付のある発表がありません）</translation>
    </message>
    <message>
        <source>As of %1, the announcement of %2</source>
        <extracomment>%1 a date, %2 a quarter such as 1Q FY2013</extracomment>
        <translation>%1時点（%2の決算発表日）</translation>
    </message>
    <message>
        <source>Latest figures, every revision included</source>
        <translation>最新の数値（すべての修正を反映）</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1時点</translation>
    </message>
</context>
<context>
    <name>AsOfSelector</name>
    <message>
        <source>&amp;As of:</source>
        <translation>基準日(&amp;A):</translation>
    </message>
    <message>
        <source>At announcement</source>
        <translation>決算発表時点</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Each quarter as it stood the day its results were announced</source>
        <translation>各四半期を、その決算が発表された日の時点で表示します</translation>
    </message>
    <message>
        <source>Every figure, with every later revision</source>
        <translation>後日の修正を含むすべての数値</translation>
    </message>
    <message>
        <source>The date the figures stand at: a figure or target announced later takes no part</source>
        <translation>数値の基準日: これより後に発表された数値や目標は表示しません</translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>reported</source>
        <translation>実績（開示）</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>算出値</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標</translation>
    </message>
</context>
<context>
    <name>BundledDataset</name>
    <message>
        <source>IIJ 1Q FY2013 results and the quarters around it</source>
        <translation>IIJ 2013年度第1四半期決算とその前後の四半期</translation>
    </message>
    <message>
        <source>the bundled dataset %1 is missing from the application</source>
        <translation>同梱データセット %1 がアプリケーションに含まれていません</translation>
    </message>
</context>
<context>
    <name>CellFormatter</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a number, %2 its unit, e.g. &quot;26,441 JPY million&quot;</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>算出値</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>No figure: %1</source>
        <translation>数値なし: %1</translation>
    </message>
    <message>
        <source>derived (computed from stated figures, not reported)</source>
        <translation>算出値（開示された数値から算出。会社の開示値ではありません）</translation>
    </message>
    <message>
        <source>target (a company forecast)</source>
        <translation>目標（会社の業績予想）</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>区分: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Announced: %1</source>
        <translation>発表日: %1</translation>
    </message>
    <message>
        <source>JPY 100 million</source>
        <translation>億円</translation>
    </message>
    <message>
        <source>%1+</source>
        <extracomment>a target stated as a lower bound: &quot;10+&quot; (over 10); Japanese 10超</extracomment>
        <translation>%1超</translation>
    </message>
    <message>
        <source>under %1</source>
        <extracomment>a target stated as an upper bound: &quot;under 5&quot;; Japanese 5未満</extracomment>
        <translation>%1未満</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>a target stated as a range: &quot;985–1,005&quot;</extracomment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>the figure a table&apos;s focused cell holds: %1 the metric, %2 the period</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1: no figure (%2)</source>
        <extracomment>a focused table cell without a figure: %1 metric and period, %2 why</extracomment>
        <translation>%1: 数値なし（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>separates the parts of a figure&apos;s details in the status bar</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation>・</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>axis title: %1 is what is measured, %2 the unit, e.g. &quot;Revenues (JPY million)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (none)</source>
        <translation>%1（全期間）</translation>
    </message>
    <message>
        <source>Lighter: derived from stated figures, or a target; hover for the source.</source>
        <translation>薄い色: 開示された数値からの算出値または目標値です。カーソルを合わせると出典を表示します。</translation>
    </message>
    <message>
        <source>Lighter: derived from stated figures (not reported); hover for the source.</source>
        <translation>薄い色: 開示された数値からの算出値です（開示値ではありません）。カーソルを合わせると出典を表示します。</translation>
    </message>
    <message>
        <source>Lighter: a company target, not an actual.</source>
        <translation>薄い色: 会社の目標値です（実績ではありません）。</translation>
    </message>
    <message>
        <source>No figure in the dataset: %1.</source>
        <translation>データセットに数値なし: %1。</translation>
    </message>
    <message>
        <source>Lighter: derived from stated figures, or a target.</source>
        <translation>薄い色: 開示された数値からの算出値または目標値です。</translation>
    </message>
    <message>
        <source>Lighter: derived from stated figures (not reported).</source>
        <translation>薄い色: 開示された数値からの算出値です（開示値ではありません）。</translation>
    </message>
    <message>
        <source>Announced after %1: %2.</source>
        <translation>%1より後に発表: %2。</translation>
    </message>
    <message>
        <source>Figures: %1.</source>
        <translation>数値: %1。</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>出典: %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ほか%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>irdash chart %1</source>
        <translation>irdash のグラフ %1</translation>
    </message>
    <message>
        <source>the PNG encoder failed</source>
        <translation>PNG のエンコードに失敗しました</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT such as 1600x900, %1 to %2 pixels a side</source>
        <translation>1600x900 のように 幅x高さ を各辺 %1～%2 ピクセルで指定してください</translation>
    </message>
    <message>
        <source>the %1 is below the limit of %2 pixels</source>
        <translation>%1が下限の %2 ピクセルを下回っています</translation>
    </message>
    <message>
        <source>the %1 is above the limit of %2 pixels</source>
        <translation>%1が上限の %2 ピクセルを超えています</translation>
    </message>
    <message>
        <source>width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>expected a finite number from %1 to %2</source>
        <translation>%1～%2 の有限の数値を指定してください</translation>
    </message>
    <message>
        <source>the scale is below the limit of %1</source>
        <translation>倍率が下限の %1 を下回っています</translation>
    </message>
    <message>
        <source>the scale is above the limit of %1</source>
        <translation>倍率が上限の %1 を超えています</translation>
    </message>
    <message>
        <source>%1x%2 at scale %3 is a PNG of %4x%5 pixels, %6 megapixels; the limit is %7 megapixels</source>
        <translation>%1x%2 を倍率 %3 で出力すると %4x%5 ピクセル（%6 メガピクセル）の PNG になります。上限は %7 メガピクセルです</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <source>Sho&amp;w:</source>
        <extracomment>the chart&apos;s view (by segment, detailed...); W, for V is the View menu&apos;s</extracomment>
        <translation>表示内容(&amp;W):</translation>
    </message>
</context>
<context>
    <name>CloudRevenueChart</name>
    <message>
        <source>Cloud revenues</source>
        <translation>クラウド売上高</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Database file to use (default: %1; &quot;:memory:&quot; for a throwaway one).</source>
        <translation>使用するデータベースファイル（既定: %1。&quot;:memory:&quot; を指定すると一時的なデータベースを使用）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Output format: csv (the interchange format) or json.</source>
        <translation>出力形式: csv（データ交換用の形式）または json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Only the figures of this period, e.g. 1Q13.</source>
        <translation>指定した期間の数値のみを出力（例: 1Q13）。</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Print the stored figures.</source>
        <translation>保存されている数値を出力します。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; expected csv or json</source>
        <translation>不明な形式 &apos;%1&apos;。csv または json を指定してください</translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos;; expected a code such as 1Q13, 1H13, 9M13 or FY13</source>
        <translation>不明な期間 &apos;%1&apos;。1Q13、1H13、9M13、FY13 のようなコードを指定してください</translation>
    </message>
    <message>
        <source>Print the consistency report.</source>
        <translation>整合性チェックの結果を出力します。</translation>
    </message>
    <message>
        <source>Chart to draw, or all.</source>
        <translation>出力するグラフ（all ですべて）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Quarter to show (default: the newest).</source>
        <translation>表示する四半期（既定: 最新）。</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>Language: en or ja.</source>
        <translation>言語: en または ja。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Logical size, e.g. 1600x900.</source>
        <translation>論理サイズ（例: 1600x900）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>幅x高さ</translation>
    </message>
    <message>
        <source>Pixels per logical pixel (1 to 4).</source>
        <translation>論理ピクセルあたりのピクセル数（1～4）。</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source>png, svg, pdf or csv.</source>
        <translation>png、svg、pdf または csv。</translation>
    </message>
    <message>
        <source>Quarters in quarterly charts: 5, 8, 12 or 0 for all.</source>
        <translation>四半期グラフの表示期間: 5、8、12、またはすべての場合は 0。</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>四半期数</translation>
    </message>
    <message>
        <source>File to write, or the folder for all.</source>
        <translation>出力ファイル（all の場合はフォルダー）。</translation>
    </message>
    <message>
        <source>Draw charts to files.</source>
        <translation>グラフをファイルに出力します。</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos;; expected all or one of %2</source>
        <translation>不明なグラフ &apos;%1&apos;。all または %2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; expected en or ja</source>
        <translation>不明な言語 &apos;%1&apos;。en または ja を指定してください</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; expected png, svg, pdf or csv</source>
        <translation>不明な形式 &apos;%1&apos;。png、svg、pdf、csv のいずれかを指定してください</translation>
    </message>
    <message>
        <source>invalid span &apos;%1&apos;; expected a number of quarters, 0 for all</source>
        <translation>無効な表示期間 &apos;%1&apos;。四半期数（すべての場合は 0）を指定してください</translation>
    </message>
    <message>
        <source>missing -o PATH</source>
        <translation>-o PATH の指定がありません</translation>
    </message>
    <message>
        <source>the database holds no quarter</source>
        <translation>データベースに四半期の数値がありません</translation>
    </message>
    <message>
        <source>unknown quarter &apos;%1&apos;; expected one of %2</source>
        <translation>不明な四半期 &apos;%1&apos;。%2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>%1 %2 (%3, as of %4): stored %5 %6, the file has %7 %8</source>
        <translation>%1 %2（%3、%4 発表）: 保存済み %5 %6、ファイルでは %7 %8</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>When a stored figure has another value: fail (import nothing), replace, or keep the stored one.</source>
        <translation>保存済みの数値と値が異なる場合: fail（何もインポートしない）、replace（置き換える）、keep（保存済みを残す）。</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>方針</translation>
    </message>
    <message>
        <source>Import a dataset file.</source>
        <translation>データセットファイルをインポートします。</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>インポートする CSV ファイル。</translation>
    </message>
    <message>
        <source>missing the file to import</source>
        <translation>インポートするファイルの指定がありません</translation>
    </message>
    <message>
        <source>unknown policy &apos;%1&apos;; expected fail, replace or keep</source>
        <translation>不明な方針 &apos;%1&apos;。fail、replace、keep のいずれかを指定してください</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s); nothing was imported</source>
        <translation>
            <numerusform>%1: エラー %n件。何もインポートしていません</numerusform>
        </translation>
    </message>
    <message>
        <source>(use --on-conflict replace or keep)</source>
        <translation>（--on-conflict replace または keep を指定してください）</translation>
    </message>
    <message>
        <source>%1 (%2): %3 figures read; %4 new, %5 unchanged, %6 replaced, %7 kept</source>
        <translation>%1（%2）: %3件を読み込み。新規 %4件、変更なし %5件、置き換え %6件、保持 %7件</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; expected data, check, import or export</source>
        <translation>不明なコマンド &apos;%1&apos;。data、check、import、export のいずれかを指定してください</translation>
    </message>
    <message>
        <source>irdash</source>
        <translation>irdash</translation>
    </message>
    <message>
        <source>Quit as soon as the dashboard&apos;s chart has been drawn, printing when (microseconds since the epoch), to time start-up.</source>
        <translation>ダッシュボードのチャートを描画したらすぐ終了し、その時刻（エポックからのマイクロ秒）を出力する（起動時間の計測用）。</translation>
    </message>
    <message>
        <source>The date the figures stand at: announcement (of the quarter shown), latest, or a date YYYY-MM-DD; later revisions take no part (default: %1).</source>
        <translation>数値の基準日: announcement（表示する四半期の決算発表日）、latest（最新）、または日付 YYYY-MM-DD。それより後の修正は含めません（既定: %1）。</translation>
    </message>
    <message>
        <source>when</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>invalid --as-of &apos;%1&apos;; expected announcement, latest or a date YYYY-MM-DD</source>
        <translation>無効な --as-of &apos;%1&apos;。announcement、latest、または日付 YYYY-MM-DD を指定してください</translation>
    </message>
    <message>
        <source>The chart&apos;s view: segments, detailed or recurring (revenue-mix), ratios or amounts (gross-margin), costs or people (headcount); default: the first. With --chart all, every view is drawn.</source>
        <translation>グラフの表示: segments、detailed、recurring（revenue-mix）、ratios、amounts（gross-margin）、costs、people（headcount）。既定は最初の表示。--chart all ではすべての表示を出力します。</translation>
    </message>
    <message>
        <source>--format %1 contradicts the file name %2; give one or make them agree</source>
        <translation>--format %1 がファイル名 %2 と矛盾しています。どちらか一方を指定するか、一致させてください</translation>
    </message>
    <message>
        <source>--view needs one chart; --chart all draws every view</source>
        <translation>--view にはグラフを一つ指定してください。--chart all ではすべての表示を出力します</translation>
    </message>
    <message>
        <source>the chart %1 has one view; expected no --view</source>
        <translation>グラフ %1 の表示は一つです。--view は指定しないでください</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; of %2; expected one of %3</source>
        <translation>%2 の不明な表示 &apos;%1&apos;。%3 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>invalid size &apos;%1&apos;; %2</source>
        <translation>無効なサイズ &apos;%1&apos;。%2</translation>
    </message>
    <message>
        <source>invalid scale &apos;%1&apos;; %2</source>
        <translation>無効な倍率 &apos;%1&apos;。%2</translation>
    </message>
    <message>
        <source>invalid --size and --scale: %1</source>
        <translation>--size と --scale の組み合わせが無効です: %1</translation>
    </message>
    <message>
        <source>cannot write to %1: it is %2, not a folder</source>
        <translation>%1 に書き込めません: %2であり、フォルダーではありません</translation>
    </message>
    <message>
        <source>%1 is %2, not a file; expected a database file</source>
        <translation>%1 は%2であり、ファイルではありません。データベースファイルを指定してください</translation>
    </message>
    <message>
        <source>How the file is encoded: UTF-8 or Shift_JIS (CP932); default: UTF-8 when the file is valid UTF-8, else Shift_JIS.</source>
        <translation>ファイルの文字コード: UTF-8 または Shift_JIS（CP932）。既定: 有効な UTF-8 なら UTF-8、そうでなければ Shift_JIS。</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos;; expected UTF-8 or Shift_JIS</source>
        <translation>不明な文字コード &apos;%1&apos;。UTF-8 または Shift_JIS を指定してください</translation>
    </message>
    <message>
        <source>Usage: irdash [--db PATH] [--lang en|ja] [--exit-after-first-paint]
                                               open the dashboard
       irdash data [--format csv|json] [--period P] [--as-of WHEN] [--db PATH]
                                               print the stored figures
       irdash check [--as-of WHEN] [--db PATH] print the consistency report
       irdash import FILE [--on-conflict fail|replace|keep] [--encoding E] [--db PATH]
                                               add the figures of a dataset file
       irdash import --undo [--db PATH]        undo the last import
       irdash import --history [--db PATH]     list the imports
       irdash export --chart NAME [--quarter 1Q13] [--lang en|ja] [--size 1600x900]
                     [--scale 2] [--format png|svg|pdf|csv] [--span 5] [--db PATH]
                     [--as-of announcement|latest|YYYY-MM-DD] [--view NAME]
                     -o PATH                   draw a chart to a file; NAME is
                                               revenue-mix, gross-margin, cloud-revenue,
                                               headcount, targets, or all (-o a folder)
       irdash --help | --version</source>
        <translation>使い方: irdash [--db PATH] [--lang en|ja] [--exit-after-first-paint]
                                               ダッシュボードを開く
       irdash data [--format csv|json] [--period P] [--as-of WHEN] [--db PATH]
                                               保存されている数値を出力
       irdash check [--as-of WHEN] [--db PATH] 整合性チェックの結果を出力
       irdash import FILE [--on-conflict fail|replace|keep] [--encoding E] [--db PATH]
                                               データセットファイルの数値を追加
       irdash import --undo [--db PATH]        最後のインポートを取り消す
       irdash import --history [--db PATH]     インポートの一覧を出力
       irdash export --chart NAME [--quarter 1Q13] [--lang en|ja] [--size 1600x900]
                     [--scale 2] [--format png|svg|pdf|csv] [--span 5] [--db PATH]
                     [--as-of announcement|latest|YYYY-MM-DD] [--view NAME]
                     -o PATH                   グラフをファイルに出力。NAME は
                                               revenue-mix、gross-margin、cloud-revenue、
                                               headcount、targets、または all（-o はフォルダー）
       irdash --help | --version</translation>
    </message>
    <message>
        <source>there is no import to undo: %1 does not exist</source>
        <translation>取り消せるインポートはありません: %1 は存在しません</translation>
    </message>
    <message>
        <source>%1 (imported %2): undone; new figures removed: %3, replaced figures restored: %4</source>
        <translation>%1（%2 にインポート）: 取り消しました。削除した新規の数値 %3件、元に戻した置き換えの数値 %4件</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>インポート日時</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>取り消し日時</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Undo the last import that stands: remove the figures it added and put back every figure it replaced.</source>
        <translation>取り消されていない最後のインポートを取り消す: 追加した数値を削除し、置き換えた数値をすべて元に戻す。</translation>
    </message>
    <message>
        <source>List the imports into the database.</source>
        <translation>データベースへのインポートの一覧を出力する。</translation>
    </message>
    <message>
        <source>--undo and --history cannot be given together</source>
        <translation>--undo と --history は同時に指定できません</translation>
    </message>
    <message>
        <source>%1 takes no file; unexpected argument &apos;%2&apos;</source>
        <translation>%1 にはファイルを指定できません。想定外の引数 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 takes no --on-conflict or --encoding</source>
        <translation>%1 には --on-conflict も --encoding も指定できません</translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message>
        <source>%1 vs the sum of its parts</source>
        <translation>%1 と内訳の合計</translation>
    </message>
    <message>
        <source>%1 vs the sum of its quarters</source>
        <translation>%1 と各四半期の合計</translation>
    </message>
    <message>
        <source>%1 vs %2 / %3</source>
        <translation>%1 と %2 / %3</translation>
    </message>
    <message>
        <source>stated %1</source>
        <translation>開示値 %1</translation>
    </message>
    <message>
        <source>Comparisons: %1. Mismatches at the stated precision: %2 (%3 explained by rounding, %4 not).
</source>
        <translation>照合件数: %1。開示桁数での不一致: %2件（うち端数処理で説明できるもの %3件、説明できないもの %4件）。
</translation>
    </message>
    <message>
        <source>explained by rounding of the inputs</source>
        <translation>入力値の端数処理で説明できる</translation>
    </message>
    <message>
        <source>NOT explained by rounding</source>
        <translation>端数処理では説明できない</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Search period, metric or source</source>
        <translation>期間・指標・出典を検索</translation>
    </message>
    <message>
        <source>Matches period codes and names, metric keys and names, and sources</source>
        <translation>期間コード・期間名、指標キー・指標名、出典を対象に検索します</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>区分(&amp;B):</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>すべての数値</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>実績（開示）</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>算出値</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Showing %1 of %2 figures</source>
        <extracomment>%1 figures pass the search and basis filter, out of %2 in the database</extracomment>
        <translation>%2件中%1件を表示</translation>
    </message>
</context>
<context>
    <name>DatabaseStartup</name>
    <message>
        <source>the integrity check failed: %1</source>
        <translation>整合性チェックに失敗しました: %1</translation>
    </message>
    <message>
        <source>the database %1 cannot be written</source>
        <translation>データベース %1 に書き込めません</translation>
    </message>
    <message>
        <source>The database %1 cannot be written. irdash works on a copy in memory; imports will not be kept.</source>
        <translation>データベース %1 に書き込めません。irdash はメモリー上のコピーで動作します。インポートした数値は保存されません。</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 was damaged (%2). It was kept as %3 and a new one was made from the bundled dataset; %n figure(s) you had imported could be read back.</source>
        <translation>
            <numerusform>データベース %1 は破損していました（%2）。%3 として保存し、同梱データセットから新しいデータベースを作成しました。インポート済みの数値のうち %n件を読み戻しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. irdash works in memory; imports will not be kept.</source>
        <translation>%1。irdash はメモリー上で動作します。インポートした数値は保存されません。</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program; close the other irdash (or the program using it) and try again, or name another file with --db; nothing was changed</source>
        <translation>データベース %1 は他のプログラムがロックしています。もう一方の irdash（またはそのファイルを使っているプログラム）を閉じてからやり直すか、--db で別のファイルを指定してください。何も変更していません</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 is damaged (%2). It was left as it is; %n figure(s) you had imported could be read and are used here. Open irdash to repair it.</source>
        <translation>
            <numerusform>データベース %1 は破損しています（%2）。ファイルはそのままにしてあります。インポートした数値のうち %n件を読み取り、ここで使っています。修復するには irdash を開いてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>the new database holds fewer figures than were read</source>
        <translation>新しいデータベースの数値が読み取った件数より少なくなっています</translation>
    </message>
    <message>
        <source>it could not be synced to the disk</source>
        <translation>ディスクへの書き込みを確定できませんでした</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>書き込めませんでした</translation>
    </message>
    <message numerus="yes">
        <source>The database %1 is damaged (%2), and the disk is full: no repaired copy could be written beside it. The damaged file was left in place, untouched; %n figure(s) you had imported could be read. Free some space and start again.</source>
        <translation>
            <numerusform>データベース %1 は破損しており（%2）、ディスクがいっぱいのため修復したコピーを横に書き込めませんでした。破損したファイルは元の場所にそのまま残してあります。インポートした数値のうち %n件を読み取りました。空き容量を確保してからもう一度起動してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database %1 is damaged (%2), and no repaired copy could be written beside it (%3). The damaged file was left in place, untouched; %n figure(s) you had imported could be read.</source>
        <translation>
            <numerusform>データベース %1 は破損しており（%2）、修復したコピーを横に書き込めませんでした（%3）。破損したファイルは元の場所にそのまま残してあります。インポートした数値のうち %n件を読み取りました。</numerusform>
        </translation>
    </message>
    <message>
        <source>irdash works in memory.</source>
        <translation>irdash はメモリー上で動作します。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside; it was left in place. irdash works in memory.</source>
        <translation>データベース %1 は破損しており（%2）、退避できなかったため元の場所に残してあります。irdash はメモリー上で動作します。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2); the repaired copy could not take its place, so it was left as it was. irdash works in memory.</source>
        <translation>データベース %1 は破損しています（%2）。修復したコピーと置き換えられなかったため、元のままにしてあります。irdash はメモリー上で動作します。</translation>
    </message>
    <message>
        <source>cannot open the database %1: the folder %2 does not exist</source>
        <translation>データベース %1 を開けません: フォルダー %2 がありません</translation>
    </message>
    <message>
        <source>%1 is not a file; expected an irdash database</source>
        <translation>%1 はファイルではありません。irdash のデータベースを指定してください</translation>
    </message>
    <message>
        <source>%1 is an empty file that irdash did not make; expected an irdash database (remove the file to start a new one)</source>
        <translation>%1 は irdash が作成していない空のファイルです。irdash のデータベースを指定してください（新しく始めるにはこのファイルを削除してください）</translation>
    </message>
    <message>
        <source>cannot check the database %1: %2</source>
        <translation>データベース %1 を検査できません: %2</translation>
    </message>
    <message>
        <source>cannot open the database %1: permission denied (the file belongs to %2); nothing was changed</source>
        <translation>データベース %1 を開けません: アクセス権がありません（ファイルの所有者は %2）。何も変更していません</translation>
    </message>
</context>
<context>
    <name>DatasetReader</name>
    <message>
        <source>quote inside an unquoted field; expected the whole field in quotes with inner quotes doubled</source>
        <translation>引用符で囲まれていないフィールドに引用符があります。フィールド全体を引用符で囲み、内部の引用符は二重にしてください</translation>
    </message>
    <message>
        <source>quoted field is not closed; expected a closing quote</source>
        <translation>引用符で囲まれたフィールドが閉じていません。閉じ引用符が必要です</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote; expected a comma or the end of the line</source>
        <translation>閉じ引用符の後に予期しない文字があります。カンマまたは行末が必要です</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <source>the file is empty; expected the header %1</source>
        <translation>ファイルが空です。ヘッダー %1 が必要です</translation>
    </message>
    <message>
        <source>NUL character; expected UTF-8 text (is this a spreadsheet or a UTF-16 file?)</source>
        <translation>NUL 文字があります。UTF-8 のテキストが必要です（表計算ソフトのファイルや UTF-16 のファイルではありませんか？）</translation>
    </message>
    <message>
        <source>unexpected header &apos;%1&apos;; expected %2 (as_of may be left out)</source>
        <translation>予期しないヘッダー &apos;%1&apos;。%2 が必要です（as_of は省略可）</translation>
    </message>
    <message>
        <source>empty line; expected a record with %1 fields</source>
        <translation>空行があります。フィールド数 %1 のレコードが必要です</translation>
    </message>
    <message>
        <source>%1 fields; expected %2 (%3)</source>
        <translation>フィールド数が %1 です。%2 個（%3）が必要です</translation>
    </message>
    <message>
        <source>field of %1 characters; expected at most %2</source>
        <translation>フィールドが %1 文字あります。%2 文字以内にしてください</translation>
    </message>
    <message>
        <source>unknown period &apos;%1&apos;; expected a code such as 1Q13, 1H13, 9M13 or FY13</source>
        <translation>不明な期間 &apos;%1&apos;。1Q13、1H13、9M13、FY13 のようなコードが必要です</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;; expected a key of the metric catalogue (docs/METRICS.md)</source>
        <translation>不明な指標 &apos;%1&apos;。指標カタログ（docs/METRICS.md）のキーが必要です</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;; expected one of %2</source>
        <translation>不明な単位 &apos;%1&apos;。%2 のいずれかが必要です</translation>
    </message>
    <message>
        <source>unit &apos;%1&apos; does not fit metric &apos;%2&apos;; expected %3</source>
        <translation>単位 &apos;%1&apos; は指標 &apos;%2&apos; に使えません。%3 が必要です</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>unknown basis &apos;%1&apos;; expected reported, derived or target</source>
        <translation>不明な区分 &apos;%1&apos;。reported、derived、target のいずれかが必要です</translation>
    </message>
    <message>
        <source>empty source; expected the document the figure comes from</source>
        <translation>出典が空です。数値の出典となる資料を記入してください</translation>
    </message>
    <message>
        <source>a derived figure&apos;s source must say how it was derived; expected it to begin with &apos;derived:&apos;</source>
        <translation>算出値の出典には算出方法を記載する必要があります。&apos;derived:&apos; で始めてください</translation>
    </message>
    <message>
        <source>invalid date &apos;%1&apos;; expected an ISO date such as 2013-08-06</source>
        <translation>無効な日付 &apos;%1&apos;。2013-08-06 のような ISO 形式の日付が必要です</translation>
    </message>
    <message>
        <source>duplicate figure: period, metric, basis and as_of repeat line %1; expected each figure once</source>
        <translation>数値が重複しています: period、metric、basis、as_of が %1 行目と同じです。各数値は1回だけ記載してください</translation>
    </message>
    <message>
        <source>too many errors; stopped after %1</source>
        <translation>エラーが多すぎるため、%1 件で中止しました</translation>
    </message>
    <message>
        <source>no figures after the header; expected at least one record</source>
        <translation>ヘッダーの後に数値がありません。少なくとも1件のレコードが必要です</translation>
    </message>
    <message>
        <source>mixed encodings: UTF-8 text at line %1 and bytes that are not UTF-8 here; expected the whole file in one encoding</source>
        <translation>文字コードが混在しています: %1 行目は UTF-8、ここは UTF-8 ではありません。ファイル全体を一つの文字コードで保存してください</translation>
    </message>
    <message>
        <source>byte sequence that is neither UTF-8 nor Shift_JIS text; expected the file saved as UTF-8 (or Shift_JIS)</source>
        <translation>UTF-8 でも Shift_JIS でもないバイト列があります。ファイルを UTF-8（または Shift_JIS）で保存してください</translation>
    </message>
    <message>
        <source>invalid number &apos;%1&apos;; expected a plain number with &apos;.&apos; as decimal point and no grouping, such as 26441 or -0.3 (negatives may also be written △1,234, ▲1,234 or (1,234))</source>
        <translation>無効な数値 &apos;%1&apos;。小数点に &apos;.&apos; を使い、桁区切りのない数値（26441 や -0.3 など）が必要です（負の数は △1,234、▲1,234、(1,234) とも書けます）</translation>
    </message>
    <message>
        <source>byte sequence that is not Shift_JIS (CP932); expected the whole file saved as Shift_JIS, or as UTF-8</source>
        <translation>Shift_JIS（CP932）ではないバイト列があります。ファイル全体を Shift_JIS または UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>the file read differently in parts and as a whole; nothing was imported</source>
        <translation>ファイルを分割して読んだ結果と全体を読んだ結果が一致しません。何もインポートしていません</translation>
    </message>
    <message>
        <source>quoted field is not closed on its line; expected a closing quote (read on, the field would end at line %1 with text after its quote)</source>
        <translation>引用符で囲まれたフィールドがその行で閉じていません。閉じ引用符が必要です（このまま読むと、フィールドは %1 行目で終わり、引用符の後に文字が続きます）</translation>
    </message>
    <message>
        <source>byte sequence that is not UTF-8; expected the whole file saved as UTF-8, as its byte order mark or the encoding asked for says</source>
        <translation>UTF-8 ではないバイト列があります。BOM または指定された文字コードのとおり、ファイル全体を UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>byte sequence that is neither UTF-8 nor Shift_JIS text: as Shift_JIS, bytes %1 would read %2, which Japanese text does not hold there (is the file Latin-1 or Windows-1252?); expected the file saved as UTF-8, or Shift_JIS named as its encoding</source>
        <translation>UTF-8 でも Shift_JIS でもないバイト列があります: Shift_JIS として読むとバイト %1 は %2 になり、日本語の文章にはありえない位置です（Latin-1 または Windows-1252 のファイルではありませんか？）。ファイルを UTF-8 で保存するか、文字コードに Shift_JIS を指定してください</translation>
    </message>
    <message>
        <source>unexpected character %1 in the value; expected a number in ASCII or full-width digits (a negative may also be written with △, ▲ or parentheses); superscript, circled, mathematical and other look-alike digits are not read as digits</source>
        <translation>値に予期しない文字 %1 があります。ASCII または全角の数字で書いた数値が必要です（負の数は △、▲ または括弧でも書けます）。上付き・丸囲み・数学用などの似た数字は数字として読みません</translation>
    </message>
    <message>
        <source>unexpected character %1 in the %2 field; expected ASCII or full-width letters, digits and signs (superscripts, circled or mathematical digits, ligatures and other look-alikes are not read as them)</source>
        <translation>%2 フィールドに予期しない文字 %1 があります。ASCII または全角の英数字と記号が必要です（上付き・丸囲み・数学用の数字、合字などの似た文字は、似ている文字としては読みません）</translation>
    </message>
    <message>
        <source>date &apos;%1&apos; out of range; expected an as_of from 1900-01-01 to %2 (ten years from today)</source>
        <translation>日付 &apos;%1&apos; が範囲外です。as_of は 1900-01-01 から %2（今日から10年後）までの日付にしてください</translation>
    </message>
    <message>
        <source>control character %1 in the source; expected text without control or bidirectional formatting characters (a tab or a line break is allowed)</source>
        <translation>出典に制御文字 %1 があります。制御文字や双方向書式文字を含まない文字列を指定してください（タブと改行は使用できます）</translation>
    </message>
    <message>
        <source>invalid range &apos;%1&apos;; expected a lower and a higher number with the same decimals, such as 985~1005</source>
        <translation>無効な範囲 &apos;%1&apos;。985~1005 のように、同じ小数桁数で小さい数と大きい数を指定してください</translation>
    </message>
    <message>
        <source>a bound (&apos;%1&apos;) is for a target; expected a plain number for a figure that is %2</source>
        <translation>範囲の指定（&apos;%1&apos;）は目標値にのみ使えます。%2 の数値には通常の数値を指定してください</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>グラフの書き出し</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 図</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>CSV data (the chart&apos;s table)</source>
        <translation>CSV データ（グラフの表）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>ユーザー指定</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1倍</translation>
    </message>
    <message>
        <source>Byte order mark, for Excel on Japanese Windows</source>
        <translation>BOM 付き（日本語版 Windows の Excel 向け）</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>倍率(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 ピクセル</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 ファイル (*.%2)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O):</translation>
    </message>
</context>
<context>
    <name>FactsModel</name>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>As of</source>
        <extracomment>date the figure was announced</extracomment>
        <translation>発表日</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>nothing</source>
        <translation>存在しない項目</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>FIFO（名前付きパイプ）</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>キャラクタデバイス</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊ファイル</translation>
    </message>
    <message>
        <source>something that cannot be looked at</source>
        <translation>調べることのできない項目</translation>
    </message>
    <message>
        <source>a symbolic link to %1</source>
        <translation>%1へのシンボリックリンク</translation>
    </message>
</context>
<context>
    <name>FiscalPeriod</name>
    <message>
        <source>%1Q FY%2</source>
        <extracomment>%1 is the quarter (1-4), %2 the fiscal year, e.g. &quot;1Q FY2013&quot;</extracomment>
        <translation>%2年度第%1四半期</translation>
    </message>
    <message>
        <source>1H FY%1</source>
        <extracomment>first half of fiscal year %1</extracomment>
        <translation>%1年度上期</translation>
    </message>
    <message>
        <source>2H FY%1</source>
        <extracomment>second half of fiscal year %1</extracomment>
        <translation>%1年度下期</translation>
    </message>
    <message>
        <source>9M FY%1</source>
        <extracomment>first nine months of fiscal year %1</extracomment>
        <translation>%1年度第3四半期累計</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>%1Q%2</source>
        <extracomment>compact axis label; %1 is the quarter, %2 the two-digit fiscal year</extracomment>
        <translation>%2/%1Q</translation>
    </message>
    <message>
        <source>%1H%2</source>
        <extracomment>compact axis label; %1 is the half (1 or 2), %2 the two-digit fiscal year</extracomment>
        <translation>%2/%1H</translation>
    </message>
    <message>
        <source>9M%1</source>
        <translation>%1/9M</translation>
    </message>
</context>
<context>
    <name>GrossMarginChart</name>
    <message>
        <source>Ratios</source>
        <translation>利益率</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>売上総利益</translation>
    </message>
    <message>
        <source>Gross margin ratio</source>
        <translation>売上総利益率</translation>
    </message>
</context>
<context>
    <name>HeadcountChart</name>
    <message>
        <source>Personnel costs</source>
        <translation>人件費</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員数</translation>
    </message>
    <message>
        <source>Personnel costs to revenues</source>
        <translation>人件費率</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import dataset</source>
        <translation>データセットのインポート</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>%1 rows (%2) · %3 periods: %4 · %5 metrics&lt;br&gt;</source>
        <translation>%1行（%2）・期間 %3件: %4・指標 %5件&lt;br&gt;</translation>
    </message>
    <message>
        <source>Importing adds &lt;b&gt;%1&lt;/b&gt; new figures; %2 are already stored with the same value; &lt;b&gt;%3&lt;/b&gt; are stored with another value.</source>
        <translation>インポートすると &lt;b&gt;%1件&lt;/b&gt; の数値を新規に追加します。%2件は同じ値で保存済み、&lt;b&gt;%3件&lt;/b&gt; は別の値で保存済みです。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>発表日</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>&amp;Replace the stored figures with the file&apos;s</source>
        <translation>保存済みの数値をファイルの値で置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep the stored figures; import only the rest</source>
        <translation>保存済みの数値を残し、それ以外だけをインポートする(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s). Nothing can be imported until they are fixed:</source>
        <translation>
            <numerusform>ファイルに%n件のエラーがあります。修正するまでインポートできません:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>an error that concerns the whole file (no line) or line (no column)</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Copy errors</source>
        <translation>エラーをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Stored with another value</source>
        <translation>保存済み（値が異なる）</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>保存済み（同じ値）</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>the database is not open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>there is no import to undo in %1</source>
        <translation>%1 には取り消せるインポートがありません</translation>
    </message>
    <message>
        <source>the database %1 cannot be written; nothing was undone</source>
        <translation>データベース %1 に書き込めません。何も取り消していません</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program; nothing was undone</source>
        <translation>データベース %1 は他のプログラムがロックしています。何も取り消していません</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>トランザクションを開始できません: %1</translation>
    </message>
    <message>
        <source>cannot undo the import of %1: %2; nothing was undone</source>
        <translation>%1 のインポートを取り消せません: %2。何も取り消していません</translation>
    </message>
    <message>
        <source>the record of the import of %1 does not match the figures stored (%2 of %3 inserted, %4 of %5 replaced); nothing was undone</source>
        <translation>%1 のインポートの記録が保存されている数値と一致しません（追加 %3件中 %2件、置き換え %5件中 %4件）。何も取り消していません</translation>
    </message>
    <message>
        <source>cannot undo the import of %1: the database could not be written; nothing was undone</source>
        <translation>%1 のインポートを取り消せません: データベースに書き込めませんでした。何も取り消していません</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>インポート履歴</translation>
    </message>
    <message>
        <source>No import has been recorded in this database yet.</source>
        <translation>このデータベースにはまだインポートの記録がありません。</translation>
    </message>
    <message>
        <source>Every import into this database, the newest first. Edit &gt; Undo takes back the newest import that is not undone, then the one before it.</source>
        <translation>このデータベースへのすべてのインポートです（新しい順）。［編集］の取り消しは、取り消されていない最新のインポートを取り消し、もう一度選ぶとその前のものを取り消します。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート日時</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>取り消し日時</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>取り消す変更なし</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 をインポートしています…</translation>
    </message>
    <message>
        <source>Undoing the import of %1…</source>
        <translation>%1 のインポートを取り消しています…</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 is too large for a dataset file: %2 bytes; the limit is %3 bytes (%4)</source>
        <translation>%1 はデータセットファイルとして大きすぎます: %2 バイト。上限は %3 バイト（%4）です</translation>
    </message>
    <message>
        <source>%1 is %2, not a file; expected a dataset file</source>
        <translation>%1 は%2であり、ファイルではありません。データセットファイルを指定してください</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>%1 pt</source>
        <translation>%1ポイント</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>YoY</source>
        <translation>前年同期比</translation>
    </message>
    <message>
        <source>QoQ</source>
        <translation>前四半期比</translation>
    </message>
    <message>
        <source>%1: no figure</source>
        <translation>%1: 数値なし</translation>
    </message>
    <message>
        <source>%1 stated in: %2</source>
        <translation>%1（開示値）の出典: %2</translation>
    </message>
    <message>
        <source>%1 computed from the figures: %2</source>
        <translation>%1は数値からの算出値です: %2</translation>
    </message>
    <message>
        <source>YoY %1&lt;br&gt;QoQ %2</source>
        <extracomment>the two changes of a KPI card, one above the other (HTML)</extracomment>
        <translation>前年同期比 %1&lt;br&gt;前四半期比 %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>irdash: %1 is not installed (package fonts-noto-cjk); Japanese chart text uses %2</source>
        <translation>irdash: %1 がインストールされていません（パッケージ fonts-noto-cjk）。グラフの日本語は %2 で表示します</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>irdash — %1</source>
        <translation>irdash — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Previous quarter</source>
        <translation>前の四半期(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next quarter</source>
        <translation>次の四半期(&amp;N)</translation>
    </message>
    <message>
        <source>Show data &amp;tables</source>
        <translation>データ表を表示(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About irdash</source>
        <translation>irdashについて(&amp;A)</translation>
    </message>
    <message>
        <source>Revenue mix</source>
        <translation>売上構成</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>売上総利益</translation>
    </message>
    <message>
        <source>Cloud revenue</source>
        <translation>クラウド売上高</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>人件費・人員</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>業績目標</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message numerus="yes">
        <source>Dataset: %1 (%n figure(s))</source>
        <translation>
            <numerusform>データセット: %1（%n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>データベースファイル</translation>
    </message>
    <message>
        <source>About irdash</source>
        <translation>irdashについて</translation>
    </message>
    <message>
        <source>&lt;h3&gt;irdash %1&lt;/h3&gt;&lt;p&gt;An investor-relations dashboard: quarterly results as the charts of an IR presentation, every figure with its period, unit, basis and source.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Internet Initiative Japan Inc., &lt;i&gt;Consolidated Financial Results for 1Q FY2013&lt;/i&gt;, presentation of August 6, 2013.&lt;/li&gt;&lt;li&gt;IIJ press releases on its results for 1Q FY2011 to FY2012 and 1Q FY2013 (each figure&apos;s source names the release and its address).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Derived figures are computed from stated figures and drawn lighter; figures the sources do not give are left empty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;irdash %1&lt;/h3&gt;&lt;p&gt;IR（投資家向け情報）ダッシュボード。四半期決算をIR説明資料のようなグラフで表示し、すべての数値に期間・単位・区分・出典を付記します。&lt;/p&gt;&lt;p&gt;&lt;b&gt;データの出典&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;株式会社インターネットイニシアティブ「&lt;i&gt;Consolidated Financial Results for 1Q FY2013&lt;/i&gt;」（2013年8月6日の決算説明資料）。&lt;/li&gt;&lt;li&gt;2011年度第1四半期から2012年度まで、および2013年度第1四半期の決算に関するIIJのプレスリリース（各数値の出典にリリース名とそのアドレスを記載）。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;算出値は開示された数値から算出したもので、薄い色で表示します。出典に記載のない数値は空欄のままにしています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>グラフを書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all charts…</source>
        <translation>すべてのグラフを書き出し(&amp;A)…</translation>
    </message>
    <message>
        <source>Export chart &amp;data as CSV…</source>
        <translation>グラフのデータを CSV で書き出し(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print chart…</source>
        <translation>グラフを印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>グラフをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 に書き出しました</translation>
    </message>
    <message>
        <source>Export all charts to</source>
        <translation>すべてのグラフの書き出し先</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chart(s) to %1</source>
        <translation>
            <numerusform>%n件のグラフを %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Import dataset</source>
        <translation>データセットのインポート</translation>
    </message>
    <message>
        <source>Dataset files (*.csv);;All files (*)</source>
        <translation>データセットファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Import dataset…</source>
        <translation>データセットをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 replaced, %4 kept, %5 unchanged</source>
        <translation>%1 をインポートしました: 新規 %2件、置き換え %3件、保持 %4件、変更なし %5件</translation>
    </message>
    <message>
        <source>The date every figure shown stands at: figures and targets announced later take no part</source>
        <translation>表示中の数値の基準日: これより後に発表された数値や目標は表示しません</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>a recent file in the File menu: its number (a mnemonic) and its name</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;visible rows as CSV…</source>
        <translation>表示中の行を CSV でエクスポート(&amp;V)…</translation>
    </message>
    <message>
        <source>The figures the Data page&apos;s search and filter show, in the dataset format</source>
        <translation>データページの検索と絞り込みで表示されている数値を、データセットの形式で書き出します</translation>
    </message>
    <message>
        <source>Export visible rows</source>
        <translation>表示中の行のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n figure(s) to %1</source>
        <translation>
            <numerusform>%n件の数値を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart and its figures copied to the clipboard</source>
        <translation>グラフとその数値をクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>&amp;Undo import of %1</source>
        <translation>%1 のインポートを取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo last import</source>
        <translation>最後のインポートを取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>インポート履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>インポートの取り消し</translation>
    </message>
    <message>
        <source>Undo the import of %1 of %2?</source>
        <translation>%2 に行った %1 のインポートを取り消しますか？</translation>
    </message>
    <message>
        <source>New figures it added, to be removed: %1
Figures it replaced, to get their earlier values back: %2</source>
        <translation>削除する、追加された新規の数値: %1件
元の値に戻す、置き換えられた数値: %2件</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>取り消しに失敗しました</translation>
    </message>
    <message>
        <source>Undid the import of %1 (new figures removed: %2, replaced figures restored: %3)</source>
        <translation>%1 のインポートを取り消しました（削除した新規の数値 %2件、元に戻した数値 %3件）</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Total revenues</source>
        <translation>売上高</translation>
    </message>
    <message>
        <source>Network services</source>
        <translation>ネットワークサービス</translation>
    </message>
    <message>
        <source>Internet connectivity (corporate)</source>
        <translation>法人向けインターネット接続サービス</translation>
    </message>
    <message>
        <source>IP service</source>
        <translation>IPサービス</translation>
    </message>
    <message>
        <source>Internet connectivity (home)</source>
        <translation>個人向けインターネット接続サービス</translation>
    </message>
    <message>
        <source>Outsourcing services</source>
        <translation>アウトソーシングサービス</translation>
    </message>
    <message>
        <source>WAN services</source>
        <translation>WANサービス</translation>
    </message>
    <message>
        <source>Systems integration</source>
        <translation>システムインテグレーション</translation>
    </message>
    <message>
        <source>Systems construction</source>
        <translation>システム構築</translation>
    </message>
    <message>
        <source>Systems operation and maintenance</source>
        <translation>システム運用保守</translation>
    </message>
    <message>
        <source>Equipment sales</source>
        <translation>機器販売</translation>
    </message>
    <message>
        <source>ATM operation business</source>
        <translation>ATM運営事業</translation>
    </message>
    <message>
        <source>Recurring revenues</source>
        <translation>ストック売上</translation>
    </message>
    <message>
        <source>One-time revenues</source>
        <translation>一時売上</translation>
    </message>
    <message>
        <source>Recurring revenues (% of revenues)</source>
        <translation>ストック売上比率</translation>
    </message>
    <message>
        <source>One-time revenues (% of revenues)</source>
        <translation>一時売上比率</translation>
    </message>
    <message>
        <source>Overseas revenues</source>
        <translation>海外売上高</translation>
    </message>
    <message>
        <source>Total cost of revenues</source>
        <translation>売上原価</translation>
    </message>
    <message>
        <source>Cost of network services</source>
        <translation>ネットワークサービス売上原価</translation>
    </message>
    <message>
        <source>Cost of systems integration</source>
        <translation>システムインテグレーション売上原価</translation>
    </message>
    <message>
        <source>Cost of equipment sales</source>
        <translation>機器販売売上原価</translation>
    </message>
    <message>
        <source>Cost of ATM operation business</source>
        <translation>ATM運営事業売上原価</translation>
    </message>
    <message>
        <source>SG&amp;A and R&amp;D</source>
        <translation>販売費及び一般管理費・研究開発費</translation>
    </message>
    <message>
        <source>SG&amp;A personnel expenses</source>
        <translation>販売費及び一般管理費（人件費）</translation>
    </message>
    <message>
        <source>SG&amp;A rent expenses</source>
        <translation>販売費及び一般管理費（賃借料）</translation>
    </message>
    <message>
        <source>SG&amp;A sales commissions</source>
        <translation>販売費及び一般管理費（販売手数料）</translation>
    </message>
    <message>
        <source>Gross margin (total)</source>
        <translation>売上総利益</translation>
    </message>
    <message>
        <source>Gross margin: network services</source>
        <translation>ネットワークサービス売上総利益</translation>
    </message>
    <message>
        <source>Gross margin: systems integration</source>
        <translation>システムインテグレーション売上総利益</translation>
    </message>
    <message>
        <source>Gross margin: equipment sales</source>
        <translation>機器販売売上総利益</translation>
    </message>
    <message>
        <source>Gross margin: ATM operation business</source>
        <translation>ATM運営事業売上総利益</translation>
    </message>
    <message>
        <source>Cost of revenues (% of revenues)</source>
        <translation>売上原価率</translation>
    </message>
    <message>
        <source>Gross margin ratio (total)</source>
        <translation>売上総利益率</translation>
    </message>
    <message>
        <source>Gross margin ratio (network services)</source>
        <translation>ネットワークサービス売上総利益率</translation>
    </message>
    <message>
        <source>Gross margin ratio (systems integration)</source>
        <translation>システムインテグレーション売上総利益率</translation>
    </message>
    <message>
        <source>SG&amp;A and R&amp;D (% of revenues)</source>
        <translation>販売費及び一般管理費・研究開発費（売上高比率）</translation>
    </message>
    <message>
        <source>Operating margin</source>
        <translation>営業利益率</translation>
    </message>
    <message>
        <source>Income before tax (% of revenues)</source>
        <translation>税引前当期純利益率</translation>
    </message>
    <message>
        <source>Net income attributable to IIJ (% of revenues)</source>
        <translation>当社株主に帰属する当期純利益率</translation>
    </message>
    <message>
        <source>Operating income</source>
        <translation>営業利益</translation>
    </message>
    <message>
        <source>Operating income: ATM operation business</source>
        <translation>ATM運営事業営業利益</translation>
    </message>
    <message>
        <source>Foreign exchange gains</source>
        <translation>為替差益</translation>
    </message>
    <message>
        <source>Income before income tax</source>
        <translation>税引前当期純利益</translation>
    </message>
    <message>
        <source>Current income tax expense</source>
        <translation>法人税等（当期）</translation>
    </message>
    <message>
        <source>Deferred tax expense (benefit)</source>
        <translation>法人税等（繰延）</translation>
    </message>
    <message>
        <source>Equity in net income of equity-method investees</source>
        <translation>持分法による投資損益</translation>
    </message>
    <message>
        <source>Net loss (income) attributable to non-controlling interests</source>
        <translation>非支配持分に帰属する当期純損失（利益）</translation>
    </message>
    <message>
        <source>Net income attributable to IIJ</source>
        <translation>当社株主に帰属する当期純利益</translation>
    </message>
    <message>
        <source>EPS</source>
        <translation>1株当たり当期純利益</translation>
    </message>
    <message>
        <source>Dividend per share</source>
        <translation>1株当たり配当金</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>New graduates hired</source>
        <translation>新卒採用数</translation>
    </message>
    <message>
        <source>Full-time outsourcing personnel</source>
        <translation>常駐外注人員数</translation>
    </message>
    <message>
        <source>Personnel costs</source>
        <translation>人件費</translation>
    </message>
    <message>
        <source>Personnel costs (% of revenues)</source>
        <translation>人件費率</translation>
    </message>
    <message>
        <source>Cloud revenues</source>
        <translation>クラウド売上高</translation>
    </message>
    <message>
        <source>Cloud revenues, last month of quarter</source>
        <translation>クラウド売上高（期末月）</translation>
    </message>
    <message>
        <source>Cloud revenues in systems operation and maintenance</source>
        <translation>クラウド売上高のうちシステム運用保守計上分の比率</translation>
    </message>
    <message>
        <source>Cloud revenues in outsourcing</source>
        <translation>クラウド売上高のうちアウトソーシングサービス計上分の比率</translation>
    </message>
    <message>
        <source>Large SNS game clients (% of cloud revenues)</source>
        <translation>大手SNSゲーム顧客の売上比率</translation>
    </message>
    <message>
        <source>Cloud clients with MRC over JPY5 million</source>
        <translation>月額500万円超のクラウド顧客数</translation>
    </message>
    <message>
        <source>Orders received: systems construction</source>
        <translation>システム構築受注高</translation>
    </message>
    <message>
        <source>Order backlog: systems construction</source>
        <translation>システム構築受注残高</translation>
    </message>
    <message>
        <source>Orders received: systems operation and maintenance</source>
        <translation>システム運用保守受注高</translation>
    </message>
    <message>
        <source>Order backlog: systems operation and maintenance</source>
        <translation>システム運用保守受注残高</translation>
    </message>
    <message>
        <source>Contracts over 1Gbps</source>
        <translation>1Gbps超の契約数</translation>
    </message>
    <message>
        <source>LTE contracts</source>
        <translation>LTEサービス契約数</translation>
    </message>
    <message>
        <source>LTE net additions</source>
        <translation>LTEサービス純増契約数</translation>
    </message>
    <message>
        <source>ATMs installed</source>
        <translation>ATM設置台数</translation>
    </message>
    <message>
        <source>Matsue DCP modules installed</source>
        <translation>松江データセンターパーク設置モジュール数</translation>
    </message>
    <message>
        <source>Cash and cash equivalents</source>
        <translation>現金及び現金同等物</translation>
    </message>
    <message>
        <source>Accounts receivable</source>
        <translation>売掛金</translation>
    </message>
    <message>
        <source>Inventories and prepaid expenses</source>
        <translation>たな卸資産及び前払費用</translation>
    </message>
    <message>
        <source>Other investments</source>
        <translation>その他の投資</translation>
    </message>
    <message>
        <source>Property and equipment</source>
        <translation>有形固定資産</translation>
    </message>
    <message>
        <source>Goodwill and other intangible assets</source>
        <translation>のれん及びその他の無形資産</translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation>資産合計</translation>
    </message>
    <message>
        <source>Accounts payable</source>
        <translation>買掛金</translation>
    </message>
    <message>
        <source>Income taxes payable</source>
        <translation>未払法人税等</translation>
    </message>
    <message>
        <source>Borrowings</source>
        <translation>借入金（短期・長期）</translation>
    </message>
    <message>
        <source>Capital lease obligations</source>
        <translation>キャピタル・リース債務</translation>
    </message>
    <message>
        <source>Total liabilities</source>
        <translation>負債合計</translation>
    </message>
    <message>
        <source>Accumulated deficit</source>
        <translation>累積欠損</translation>
    </message>
    <message>
        <source>Accumulated other comprehensive income (loss)</source>
        <translation>その他の包括利益（損失）累計額</translation>
    </message>
    <message>
        <source>IIJ shareholders&apos; equity</source>
        <translation>当社株主資本合計</translation>
    </message>
    <message>
        <source>Shareholders&apos; equity ratio</source>
        <translation>株主資本比率</translation>
    </message>
    <message>
        <source>Shares outstanding</source>
        <translation>発行済株式総数</translation>
    </message>
    <message>
        <source>New shares issued</source>
        <translation>新株発行数</translation>
    </message>
    <message>
        <source>Operating cash flow</source>
        <translation>営業活動によるキャッシュ・フロー</translation>
    </message>
    <message>
        <source>Investing cash flow</source>
        <translation>投資活動によるキャッシュ・フロー</translation>
    </message>
    <message>
        <source>Financing cash flow</source>
        <translation>財務活動によるキャッシュ・フロー</translation>
    </message>
    <message>
        <source>Depreciation and amortization</source>
        <translation>減価償却費</translation>
    </message>
    <message>
        <source>Decrease in accounts receivable</source>
        <translation>売掛金の減少</translation>
    </message>
    <message>
        <source>Decrease in accounts payable</source>
        <translation>買掛金の減少</translation>
    </message>
    <message>
        <source>Income taxes paid</source>
        <translation>法人税等の支払額</translation>
    </message>
    <message>
        <source>Purchases of property and equipment</source>
        <translation>有形固定資産の取得による支出</translation>
    </message>
    <message>
        <source>Guarantee deposits paid</source>
        <translation>差入保証金の支払</translation>
    </message>
    <message>
        <source>Capital lease principal payments</source>
        <translation>キャピタル・リース債務の返済</translation>
    </message>
    <message>
        <source>Dividends paid</source>
        <translation>配当金の支払額</translation>
    </message>
    <message>
        <source>Equity financing</source>
        <translation>新株発行による資金調達額</translation>
    </message>
    <message>
        <source>%1, YoY change</source>
        <extracomment>%1 is a metric name</extracomment>
        <translation>%1（前年同期比増減）</translation>
    </message>
    <message>
        <source>%1, QoQ change</source>
        <translation>%1（前四半期比増減）</translation>
    </message>
    <message>
        <source>%1, YoY change %</source>
        <translation>%1（前年同期比増減率）</translation>
    </message>
    <message>
        <source>%1, QoQ change %</source>
        <translation>%1（前四半期比増減率）</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot write %1: it is %2, not a file</source>
        <translation>%1 に書き込めません: %2であり、ファイルではありません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>nothing more was written</source>
        <translation>これ以上書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>QuarterBrowser</name>
    <message>
        <source>&amp;Quarter:</source>
        <translation>四半期(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Span:</source>
        <translation>表示期間(&amp;S):</translation>
    </message>
    <message>
        <source>Previous quarter (Ctrl+Left)</source>
        <translation>前の四半期 (Ctrl+←)</translation>
    </message>
    <message>
        <source>Next quarter (Ctrl+Right)</source>
        <translation>次の四半期 (Ctrl+→)</translation>
    </message>
    <message>
        <source>All quarters</source>
        <translation>全四半期</translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n四半期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Queries</name>
    <message>
        <source>no figure in the dataset</source>
        <translation>データセットに数値がありません</translation>
    </message>
    <message>
        <source>no figure in the dataset, nor the parts to compute it</source>
        <translation>データセットに数値も、算出に必要な内訳もありません</translation>
    </message>
    <message>
        <source>derived: %1 %2 / %3 %4 (computed by irdash)</source>
        <translation>derived: %1 %2 / %3 %4（irdashで算出）</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>Revenue mix</source>
        <translation>売上構成</translation>
    </message>
    <message>
        <source>Gross margin ratios</source>
        <translation>売上総利益率</translation>
    </message>
    <message>
        <source>Gross margin by segment</source>
        <translation>セグメント別売上総利益</translation>
    </message>
    <message>
        <source>Cloud revenue</source>
        <translation>クラウド売上高</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>1Q</source>
        <translation>第1四半期</translation>
    </message>
    <message>
        <source>4Q</source>
        <translation>第4四半期</translation>
    </message>
    <message>
        <source>Full year</source>
        <translation>通期</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>人件費・人員</translation>
    </message>
    <message>
        <source>%1 actual vs %2 target</source>
        <translation>%1実績と%2目標</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>%1 actual</source>
        <translation>%1実績</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation>%1目標</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>増減率</translation>
    </message>
    <message>
        <source>Stated change %</source>
        <translation>増減率（開示）</translation>
    </message>
    <message>
        <source>no target in the dataset</source>
        <translation>データセットに目標がありません</translation>
    </message>
    <message>
        <source>not checked: the figures it compares are missing</source>
        <translation>未照合: 比較する数値がありません</translation>
    </message>
    <message>
        <source>agrees with the stored figures</source>
        <translation>保存されている数値と一致</translation>
    </message>
    <message>
        <source>differs from the stored figures (%1 computed) within rounding</source>
        <translation>保存されている数値と相違（算出値 %1）、端数処理の範囲内</translation>
    </message>
    <message>
        <source>the source states no change</source>
        <translation>出典に増減の記載なし</translation>
    </message>
    <message>
        <source>derived: %1 target %2 minus %3 actual %4 (computed by irdash)</source>
        <translation>derived: %1目標 %2 - %3実績 %4（irdashで算出）</translation>
    </message>
    <message>
        <source>derived: (%1 target %2 / %3 actual %4 - 1) x 100 (computed by irdash)</source>
        <translation>derived: (%1目標 %2 / %3実績 %4 - 1) x 100（irdashで算出）</translation>
    </message>
    <message>
        <source>not defined: the actual is zero</source>
        <translation>算出不能: 実績がゼロ</translation>
    </message>
    <message>
        <source>needs both the actual and the target</source>
        <translation>実績と目標の両方が必要</translation>
    </message>
    <message>
        <source>derived: sum of %1 (computed by irdash)</source>
        <translation>derived: %1 の合計（irdashで算出）</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>%1が必要</translation>
    </message>
    <message>
        <source>Progress toward the targets, %1</source>
        <translation>業績目標に対する進捗率（%1）</translation>
    </message>
    <message>
        <source>Actual to %1</source>
        <translation>%1までの累計実績</translation>
    </message>
    <message>
        <source>Progress to %1 target</source>
        <translation>%1目標に対する進捗率</translation>
    </message>
    <message>
        <source>Last year: %1 of %2 actual</source>
        <translation>前年度: %2実績に対する%1の進捗率</translation>
    </message>
    <message>
        <source>the actual and the half-year target</source>
        <translation>実績と上期目標</translation>
    </message>
    <message>
        <source>last year&apos;s actuals</source>
        <translation>前年度の実績</translation>
    </message>
    <message>
        <source>the first half is over</source>
        <translation>上期は終了済み</translation>
    </message>
    <message>
        <source>the actual and the full-year target</source>
        <translation>実績と通期目標</translation>
    </message>
    <message>
        <source>Revisions of the %1 targets</source>
        <translation>%1目標の修正履歴</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修正額</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>first announcement</source>
        <translation>当初発表</translation>
    </message>
    <message>
        <source>derived: %1 target %2 (%3) minus %4 (%5) (computed by irdash)</source>
        <translation>derived: %1 目標 %2（%3）- %4（%5）（irdashで算出）</translation>
    </message>
    <message>
        <source>Key figures, %1</source>
        <translation>主要指標（%1）</translation>
    </message>
    <message>
        <source>YoY change</source>
        <translation>前年同期比増減</translation>
    </message>
    <message>
        <source>YoY %</source>
        <translation>前年同期比増減率</translation>
    </message>
    <message>
        <source>QoQ change</source>
        <translation>前四半期比増減</translation>
    </message>
    <message>
        <source>QoQ %</source>
        <translation>前四半期比増減率</translation>
    </message>
    <message>
        <source>needs %1 and %2</source>
        <translation>%1と%2の数値が必要</translation>
    </message>
    <message>
        <source>derived: %1 %2 minus %3 %4 (computed by irdash)</source>
        <translation>derived: %1 %2 - %3 %4（irdashで算出）</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>単位: ポイント</translation>
    </message>
    <message>
        <source>not shown for a ratio; see the change in points</source>
        <translation>比率のため非表示（ポイント差の増減を参照）</translation>
    </message>
    <message>
        <source>not defined: the earlier figure is zero</source>
        <translation>算出不能: 比較対象期間の数値がゼロ</translation>
    </message>
    <message>
        <source>derived: (%1 %2 / %3 %4 - 1) x 100 (computed by irdash)</source>
        <translation>derived: (%1 %2 / %3 %4 - 1) x 100（irdashで算出）</translation>
    </message>
    <message>
        <source>derived: %1 %2 %3 minus %4 %5 (computed by irdash)</source>
        <translation>derived: %1 %2 %3 - %4 %5（irdashで算出）</translation>
    </message>
    <message>
        <source>announced on %1, after %2</source>
        <translation>%1に発表（%2より後）</translation>
    </message>
    <message>
        <source>Original target</source>
        <translation>当初目標</translation>
    </message>
    <message>
        <source>revised to %1 on %2</source>
        <translation>%2に%1へ修正</translation>
    </message>
    <message>
        <source>stated %1%, computed %2% from the stored figures: they differ beyond rounding</source>
        <translation>開示値 %1%、保存されている数値からの算出値 %2%: 端数処理では説明できない相違</translation>
    </message>
    <message>
        <source>the announcement of this target (%1) states no change</source>
        <translation>この目標の発表（%1）に増減率の記載なし</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>発表日</translation>
    </message>
    <message>
        <source>stated by the company; computed from the figures: %1</source>
        <translation>会社の開示値。数値からの算出値: %1</translation>
    </message>
    <message>
        <source>stated by the company</source>
        <translation>会社の開示値</translation>
    </message>
    <message>
        <source>%1: %2 target</source>
        <extracomment>%1 a metric, %2 a period: &quot;EPS: FY2013 target&quot;</extracomment>
        <translation>%1: %2目標</translation>
    </message>
    <message>
        <source>reaffirmed on %1</source>
        <translation>%1に据え置き</translation>
    </message>
    <message>
        <source>no revision in the dataset</source>
        <translation>データセットに修正なし</translation>
    </message>
    <message>
        <source>not meaningful: the actual is a loss</source>
        <translation>算出せず: 実績が損失</translation>
    </message>
</context>
<context>
    <name>RevenueMixChart</name>
    <message>
        <source>By segment</source>
        <translation>セグメント別</translation>
    </message>
    <message>
        <source>In detail</source>
        <translation>内訳</translation>
    </message>
    <message>
        <source>Recurring and one-time</source>
        <translation>ストック売上・一時売上</translation>
    </message>
    <message>
        <source>Revenues</source>
        <translation>売上高</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>the SQLite driver for Qt is not installed (libqt6sql6-sqlite)</source>
        <translation>Qt の SQLite ドライバーがインストールされていません（libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>データベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not an irdash database: %2</source>
        <translation>%1 は irdash のデータベースではありません: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer irdash (schema %2; this one reads up to %3)</source>
        <translation>%1 は新しいバージョンの irdash で作成されています（スキーマ %2。このバージョンで読み込めるのはスキーマ %3 まで）</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>トランザクションを開始できません: %1</translation>
    </message>
    <message>
        <source>cannot create the schema: %1</source>
        <translation>スキーマを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot set the schema version: %1</source>
        <translation>スキーマのバージョンを設定できません: %1</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>cannot store period %1: %2</source>
        <translation>期間 %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>cannot store metric %1: %2</source>
        <translation>指標 %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>cannot read the database: %1</source>
        <translation>データベースを読み込めません: %1</translation>
    </message>
    <message>
        <source>cannot store %1 %2: %3</source>
        <translation>%1 %2 を保存できません: %3</translation>
    </message>
    <message>
        <source>cannot replace %1 %2: %3</source>
        <translation>%1 %2 を置き換えられません: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) already stored with another value; nothing was imported</source>
        <translation>
            <numerusform>%n件の数値が別の値で既に保存されているため、何もインポートしませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot commit the import: %1</source>
        <translation>インポートを確定できません: %1</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>インポートを取り消しました。何もインポートしていません</translation>
    </message>
    <message>
        <source>cannot update the schema: %1</source>
        <translation>スキーマを更新できません: %1</translation>
    </message>
    <message>
        <source>the database connection is not SQLite</source>
        <translation>データベース接続がSQLiteではありません</translation>
    </message>
    <message>
        <source>cannot prepare the import: %1</source>
        <translation>インポートを準備できません: %1</translation>
    </message>
    <message>
        <source>cannot store %1 %2: the period, the decimals (0 to 6) or the source is missing</source>
        <translation>%1 %2 を保存できません: 期間、小数桁数（0～6）または出典がありません</translation>
    </message>
    <message>
        <source>the figures could not all be read; nothing was imported</source>
        <translation>すべての数値を読み込めませんでした。何もインポートしていません</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program</source>
        <translation>データベース %1 は他のプログラムがロックしています</translation>
    </message>
    <message>
        <source>the database %1 is damaged: %2</source>
        <translation>データベース %1 は破損しています: %2</translation>
    </message>
    <message>
        <source>cannot read the database %1: %2</source>
        <translation>データベース %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is an empty database that irdash did not make; expected an irdash database (remove the file to start a new one)</source>
        <translation>%1 は irdash が作成していない空のデータベースです。irdash のデータベースを指定してください（新しく始めるにはこのファイルを削除してください）</translation>
    </message>
    <message>
        <source>the new database %1 cannot be made read-only</source>
        <translation>新しいデータベース %1 は読み取り専用では作成できません</translation>
    </message>
    <message>
        <source>%1 is not an irdash database (it is another program&apos;s SQLite database); it was left as it is</source>
        <translation>%1 は irdash のデータベースではありません（他のプログラムの SQLite データベースです）。そのままにしてあります</translation>
    </message>
    <message>
        <source>cannot record the import: %1</source>
        <translation>インポートを記録できません: %1</translation>
    </message>
    <message>
        <source>cannot record %1 %2 for the import history: %3</source>
        <translation>%1 %2 をインポート履歴に記録できません: %3</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>引用符で囲まれたフィールドが閉じていません</translation>
    </message>
    <message>
        <source>expected the header %1</source>
        <translation>ヘッダー %1 が必要です</translation>
    </message>
    <message>
        <source>line %1: %2 fields; expected %3</source>
        <translation>%1 行目: フィールド数が %2 です。%3 個が必要です</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is not a number</source>
        <translation>%1 行目: &apos;%2&apos; は数値ではありません</translation>
    </message>
    <message>
        <source>series %1 has %2 cells; expected %3</source>
        <translation>系列 %1 のセル数が %2 です。%3 個が必要です</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a figure and the date it was announced: &quot;117,000 (2013-05-15)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>TargetHistoryChart</name>
    <message>
        <source>Target in force</source>
        <translation>有効な目標</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>発表</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a target and the day it was announced: &quot;9,400 (2013-05-15)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>TargetsChart</name>
    <message>
        <source>%1 (announced %2)</source>
        <translation>%1（%2発表）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>%1   %2 → %3</source>
        <translation>%1   %2 → %3</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <source>no actual</source>
        <translation>実績なし</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>増減率（%）</translation>
    </message>
    <message>
        <source>%1 → %2 (no %)</source>
        <translation>%1 → %2（増減率なし）</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Show the revision history of the targets</source>
        <translation>業績目標の修正履歴を表示</translation>
    </message>
    <message>
        <source>Revisions of the &amp;target:</source>
        <translation>目標の修正推移(&amp;T):</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>JPY million</source>
        <translation>百万円</translation>
    </message>
    <message>
        <source>JPY billion</source>
        <translation>十億円</translation>
    </message>
    <message>
        <source>JPY</source>
        <translation>円</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>count</source>
        <translation>人・件</translation>
    </message>
</context>
</TS>

package dev.slicewise.adapter.http.nativeapi;

import dev.slicewise.domain.record.RecordRow;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/**
 * Records as an xlsx workbook, written by Apache POI's deferred streaming workbook (ADR 0019): the sheet's rows are
 * made while the file is written, so the first bytes leave before the last record is read and only a window of rows
 * is in memory. One sheet, "records": a bold header row, frozen, with an auto-filter over the records; one typed column
 * per field (text, whole numbers, the UTC time as a date with a date format) at a width fit for its content.
 */
final class XlsxRecords {

    /** The records one sheet holds below its header. */
    static final int MAX_RECORDS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    /** The most text a cell holds; longer text is cut there. */
    static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private static final int ROWS_IN_MEMORY = 100;
    private static final String DATE_FORMAT = "yyyy-mm-dd hh:mm:ss";

    private XlsxRecords() {
    }

    /**
     * Writes the workbook of {@code count} records (the auto-filter's range) to {@code out}; {@code records} hands each
     * record to the consumer it is given, oldest first, while the sheet is written.
     */
    static void write(OutputStream out, long count, Consumer<Consumer<RecordRow>> records) throws IOException {
        if (count > MAX_RECORDS) {
            throw new IllegalArgumentException("a sheet holds at most " + MAX_RECORDS + " records");
        }
        DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            DeferredSXSSFSheet sheet = workbook.createSheet("records");
            int lastColumn = RecordColumns.ALL.size() - 1;
            for (RecordColumns column : RecordColumns.ALL) {
                sheet.setColumnWidth(column.ordinal(), column.width() * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(count, 1), 0, lastColumn));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
            sheet.setRowGenerator(rows -> generate(rows, header, date, records));
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static void generate(SXSSFSheet sheet, CellStyle header, CellStyle date,
                                 Consumer<Consumer<RecordRow>> records) {
        Row first = sheet.createRow(0);
        for (RecordColumns column : RecordColumns.ALL) {
            Cell cell = first.createCell(column.ordinal());
            cell.setCellValue(column.header());
            cell.setCellStyle(header);
        }
        int[] next = {1};
        records.accept(record -> {
            if (next[0] > MAX_RECORDS) {
                throw new IllegalStateException("more records than a sheet holds came after they were counted");
            }
            Row row = sheet.createRow(next[0]++);
            for (RecordColumns column : RecordColumns.ALL) {
                Cell cell = row.createCell(column.ordinal());
                switch (column.kind()) {
                    case TEXT -> cell.setCellValue(cut(column.text(record)));
                    case NUMBER -> cell.setCellValue(column.number(record));
                    case INSTANT -> {
                        cell.setCellValue(LocalDateTime.ofInstant(column.instant(record), ZoneOffset.UTC));
                        cell.setCellStyle(date);
                    }
                }
            }
        });
    }

    private static String cut(String text) {
        return text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text;
    }
}

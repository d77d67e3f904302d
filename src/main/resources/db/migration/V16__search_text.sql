-- Each searched item keeps its searched texts folded (lower case, no accents) in one column, which the site search
-- reads with one like a row. Witness fills it on every write and, at start, in rows written before (SearchTexts).
alter table scene add column search_text varchar(65535);
alter table shot add column search_text varchar(65535);
alter table source add column search_text varchar(65535);
alter table testimony add column search_text varchar(65535);
alter table transcript_line add column search_text varchar(65535);
alter table research_log_entry add column search_text varchar(65535);
alter table person add column search_text varchar(65535);
alter table chronology_event add column search_text varchar(65535);

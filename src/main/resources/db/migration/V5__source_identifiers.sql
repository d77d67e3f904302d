-- DOI and ISBN identify a source across Zotero imports: two items with the same one are the same source.
alter table source add column doi varchar(200);
alter table source add column isbn varchar(40);

import type { StoreStatus } from './store';

export interface ProtectionWords {
  /** What `protection` means for this station and what to do about it, for the operator. */
  note: string;
  /** The data is as good as unprotected against someone holding a copy of it. */
  warning: boolean;
}

/** `status().protection` in words: where the key is and what a backup must do with it. */
export function protectionWords(
  status: Pick<StoreStatus, 'protection' | 'keyFile' | 'keyBesideData' | 'keyMovedFrom'>,
): ProtectionWords {
  if (status.protection === 'none') return { note: '数据只在内存里，不写入磁盘（测试用）。', warning: false };
  if (status.keyFile && status.keyBesideData) {
    return {
      note:
        `警告：数据虽已加密，但密钥 ${status.keyFile} 就在数据目录里，拿到这个目录（或它的备份）的人就能读出全部数据。` +
        '请在站点配置里把 keyFile 设到数据目录以外（不设则用本系统的默认位置），重启驿站时会自动把密钥移过去。',
      warning: true,
    };
  }
  if (status.keyFile) {
    const moved = status.keyMovedFrom
      ? `这次启动已把密钥从数据目录（${status.keyMovedFrom}）移出；以前的数据目录备份里还有旧密钥，请运行 keys rotate 换新数据密钥。`
      : '';
    return {
      note:
        `数据已加密，密钥在 ${status.keyFile}（与数据分开保存；备份时把密钥和数据分开保存，丢了密钥数据就再也打不开）。` +
        `密钥是普通文件（只有本账户能读），能读这台电脑整块磁盘的人也能读到它，建议同时启用磁盘加密。${moved}`,
      warning: false,
    };
  }
  if (status.protection === 'os') {
    return {
      note: '数据已加密，密钥由操作系统的钥匙串保管，只有这台电脑上运行驿站的账户能打开；备份数据目录即可，换电脑前请先联系技术支持。',
      warning: false,
    };
  }
  return {
    note:
      '警告：数据虽已加密，但系统钥匙串不可用，密钥只受一个固定口令保护，等于没有保护。' +
      '请为运行驿站的账户启用系统钥匙串（如 GNOME Keyring 或 KWallet），并联系技术支持重新保护密钥。',
    warning: true,
  };
}

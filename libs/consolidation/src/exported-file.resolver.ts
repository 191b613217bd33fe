import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, FILE_LINK_LIMITS, FileLinkService, type Actor } from '@app/identity';
import { ExportedFile } from './consolidation.models.js';

/**
 * The signed link of every exported file (the consolidated table here, the adoption documents in @app/adoption), made
 * in this one place for the caller of the export mutation: a plain `<a href>` can open it for a few minutes.
 */
@Resolver(() => ExportedFile)
export class ExportedFileResolver {
  constructor(private readonly links: FileLinkService) {}

  @ResolveField(() => String, {
    description: `签名下载地址：无需 Authorization 头，可直接用链接打开；${FILE_LINK_LIMITS.ttlSeconds / 60} 分钟内有效，只对导出者本人的本次登录有效（退出登录、修改密码或账号停用后即失效），下载时仍检查其账号和权限`,
  })
  signedUrl(@Parent() file: ExportedFile, @CurrentActor() actor: Actor): string {
    return this.links.sign(file.url, actor).url;
  }

  @ResolveField(() => Date, { description: '签名下载地址的失效时间' })
  signedUrlExpiresAt(@Parent() file: ExportedFile, @CurrentActor() actor: Actor): Date {
    return this.links.sign(file.url, actor).expiresAt;
  }
}

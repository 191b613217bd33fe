/**
 * The common-password list the password policy (password-policy.ts) refuses: 1,911 entries, lower-case, whitespace
 * removed, separated by spaces and line breaks.
 *
 * Provenance (generated once for this repository, 2026-12-05):
 * - SecLists (github.com/danielmiessler/SecLists, MIT licence, notice below):
 *   Passwords/Common-Credentials/Language-Specific/Chinese-common-password-list-top-1000.txt (itself from
 *   NihaoKangkang/Chinese-Common-Password-List, drawn from leaked Chinese sites) and
 *   Passwords/Common-Credentials/10-million-password-list-top-1000.txt (Mark Burnett's 10 million passwords).
 * - About 60 words of our own: the service's and the domain's words (minyi, lifa, lianxidian, renda, admin, demo …)
 *   and common Chinese-character phrases (我爱你, 一生一世, 我爱北京天安门 …) — NIST SP 800-63B asks for
 *   context-specific words too.
 * Each entry was NFKC-normalised, lower-cased and stripped of whitespace; entries shorter than 4 characters (2 for
 * Chinese) were dropped, and the core of each entry with its leading/trailing digits and symbols stripped (woaini of
 * woaini1314) was added when it has 4+ characters (2+ for Chinese), so that "core + a few digits" matches.
 *
 * SecLists — MIT License, Copyright (c) 2025 Daniel Miessler.
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
 * documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
 * rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
 * permit persons to whom the Software is furnished to do so, subject to the following conditions:
 * The above copyright notice and this permission notice shall be included in all copies or substantial portions of
 * the Software.
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
 * WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
 * COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
 * OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */
export const COMMON_PASSWORDS_TEXT = `
...... 0.0.0. 0.123456 000... 0000 00000 000000 000000. 0000000 00000000 000000000 0000000000 0000001 000000a
000001 000111 000123 001001 001122 007007 010101 01011980 01012011 010203 01230123 012345 0123456 0123456789
0564335 098765 0987654321 100000 100100 100200 100200300 101010 10101010 1010110 102030 1029384756 110011
110110 110110110 110112 110119 110119120 110120 110120119 110120130 111000 1111 11111 111111 1111111 11111111
111111111 1111111111 1111112 111111a 111111q 111112 11112222 111222 111222333 111qqq 112112 112211 112233
1122334 11223344 1122334455 112233445566 112358 11235813 1123581321 119110 119119 119911 120120 121121 1212
121212 12121212 1212123 121314 122333 123... 123.123 123000 1230123 12301230 1230456 12312 123123 123123.
1231230 12312300 123123123 123123123123 123123456 123123a 123123aa 123123qq 123147 1231512315 1232323q 123258
123321 1233210 12332100 123321123 1233211234567 123369 1234 12341234 1234321 12344321 12345 1234512345 123455
1234554321 123456 123456. 123456.. 123456.0 1234560 12345600 123456000 1234561 123456123 123456123456 1234566
123456654321 1234567 12345678 123456789 123456789. 1234567890 12345678900 1234567890123 1234567891 12345678910
123456789123 1234567899 123456789a 123456789abc 123456789q 123456789qq 123456789z 12345678a 12345679 1234567a
1234568 1234569 123456987 123456a 123456aa 123456aaa 123456ab 123456abc 123456as 123456asd 123456l 123456ok
123456q 123456qaz 123456qq 123456qw 123456qwe 123456w 123456z 123456zxc 123457 123458 12345a 12345q 12345qwert
123465 1234abcd 1234qwer 123520 123521 123567 123654 123654789 1236987 12369874 123698741 123698745 123789
123789456 123888 123987 123abc 123asd 123qaz 123qwe 123qwe123 123qweasd 123zxc 124578 125125 125521 12qwaszx
130130 131131 1313 131313 13141314 131415 1314159 131420 131421 131425 1314258 1314520 13145200 1314520520
1314520a 1314521 134679 134679258 134679852 135135 135246 135790 135792468 1357924680 141414 1415926 142536
142857 147147 147258 147258369 1472583690 147369 147852 147852369 1478963 14789632 147896325 151515 158158
159159 159357 159357456 159632 159753 159951 161616 163163 167669123 168168 168888 16897168 16899168 171204jg
181818 1887415157 18n28n24a5 19491001 1966 1969 1974 1975 1977 1978 1979 1980 198011 1981 1982 198210 19821010
198211 198212 198310 19831010 19831015 19831020 198311 198312 1984 198410 19841001 19841010 19841011 19841012
19841013 19841014 19841015 19841016 19841017 19841018 19841019 19841020 19841021 19841022 19841023 19841024
19841025 19841026 19841027 19841028 19841029 198411 19841120 198412 19841210 19841212 1985 198510 19851010
19851011 19851012 19851013 19851014 19851015 19851016 19851017 19851018 19851019 19851020 19851021 19851022
19851023 19851024 19851025 19851026 19851028 19851029 19851030 198511 19851120 19851121 19851122 19851123
19851124 19851125 19851126 19851127 19851128 198512 19851210 19851211 19851212 19851213 19851214 19851215
19851216 19851217 19851218 19851220 19851221 19851223 19851224 19851225 19851230 1986 19860214 198610 19861001
19861010 19861011 19861012 19861013 19861014 19861015 19861016 19861017 19861018 19861019 19861020 19861021
19861022 19861023 19861024 19861025 19861026 19861027 19861028 19861029 19861030 198611 19861106 19861110
19861112 19861118 19861120 19861121 19861122 19861123 19861124 19861125 19861126 19861127 19861128 19861129
198612 19861206 19861210 19861211 19861212 19861213 19861214 19861215 19861216 19861217 19861218 19861220
19861221 19861223 19861224 19861225 19861226 19861228 1987 19871010 19871011 19871012 19871015 19871016
19871020 19871021 19871022 19871023 19871024 19871025 19871026 19871027 19871028 198711 19871120 19871124
19871125 198712 19871210 19871212 19871225 1988 19881010 19881020 19881212 1989 1990 1991 1992 1993 1994
199771 1a2b3c 1a2b3c4d 1hxboqg2s 1q1q1q 1q2w3e 1q2w3e4r 1q2w3e4r5t 1qaz2wsx 1qazxsw2 2000 20080808 20082008
2008520085 200884 200888 201314 202020 2112 211314 212121 2222 222222 22222222 222333 223344 225588 232323
234567 235689 242424 246810 251314 25251325 252525 2525775 25257758 258258 258369 258456 2587758 258963 259758
2597758 299792458 3.1415926 314159 31415926 3141592653 3141592654 315315 315475 3155530 321123 321321
321321321 321456 321654 321654987 332211 332335 3333 333333 33333333 333666 3344520 3344521 336699 34416912
357159 363636 369258 369258147 369369 369369369 369852 369963 3838438 415263 420420 4321 4444 444444 445566
456123 456258 456321 456456 456456456 456654 456789 456789123 456852 4815162342 51201314 5121314 51392010 5150
518518 518888 52001314 520025 520123 520131 5201314 52013140 520131400 5201314123 52013141314 5201314520
52013145201314 5201314a 5201314qq 5203344 520520 520520520 520521 520530 521000 521125 5211314 5211314521
521314 5213344 521521 521521521 53231323 54321 5555 55555 555555 55555555 555666 555888 556677 556688 564335
565656 567890 584131420 584131421 5841314520 5841314521 584201314 584211314 584520 5845201314 584521
5845211314 585858 635241 654123 654321 6543210 654654 6666 666666 66666666 666888 666999 667788 668899 686868
6969 696969 69696969 709394 721521 7215217758991 74107410 74108520 741741 741852 741852963 753159 753951
7654321 770880 7708801314520 7758258 7758520 7758521 77585210 775852100 77585211314 7758521521 7758521a
7758991 7777 777777 7777777 77777777 777888 7788250 7788414 7788520 7788521 778878 778899 787878 789123 789456
789456123 7894561230 7895123 789632145 789654 789654123 789789 789789789 789987 794613 8008208820 808080
821010 831213 841025 84131421 85208520 852456 8675309 868686 87654321 888168 888666 8888 888888 88888888
888999 8899174 898989 911911 9379992 951753 962464 963258 963258741 963852 963852741 9638527410 963963 987456
987456321 987654 98765432 987654321 9876543210 987987 989898 9958123 996633 998877 999888 9999 999999 99999999
999999999 a000000 a11111 a111111 a123123 a123321 a12345 a123456 a1234567 a12345678 a123456789 a123456a
a1314520 a1b2c a1b2c3 a1b2c3d a1b2c3d4 a1s2d3f a1s2d3f4 a2b3c a2b3c4d a321654 a5201314 a7758258 a7758521
aa123123 aa123456 aa5201314 aaa111 aaa123 aaa123456 aaaa aaaaaa aaaaaaa aaaaaaaa ab123456 abc123 abc123456
abc123456789 abcd abcd123 abcd1234 abcd123456 abcdef abcdefg access accord action adidas admin adminfan
administrator adrian aini aini1314 airborne alaska albert alex alexande alexander alexandr alexis alicia
alison allison alpha alyssa amanda america american anderson andre andrea andrew andrey angel angela angels
animal anthony antonio apollo apple apples aptx aptx4869 arizona arnold arsenal arthur as123456 asasas asd123
asd123123 asd123456 asdasd asdasd123 asdasdasd asdf asdf123 asdf1234 asdf123456 asdfasdf asdfg asdfgh asdfghjk
asdfghjkl asdzxc ashley asshole assman august austin avalon avatar awesome azerty baby babygirl badass badboy
badger bailey bambam banana bandit baobao barbara barney baseball bastard batman baxter bear beatles beaver
beavis beckham beer beibei beijing beijing2008 benjamin beyond bigboy bigcock bigdaddy bigdick bigdog bigred
bigtits bill billy birdie bishop bitch bitches biteme black blazer blink blink182 blowjob blowme blue bobby
bollocks bond bond007 bonnie boobies booboo boobs booger boogie boomer boston bradley brandon brandy braves
brazil brenda brian brittany bronco broncos brooke brooklyn brutus bubba bubbles buddha buddy budlight buffalo
bugaosuni bulldog bulldogs bullet bullshit burton buster butter butterfly butthead buzhidao c123456 calvin
camaro cameron canada caonima caonima123 captain cardinal carlos carmen carolina caroline carter cartman
casper cassie celtic champion chance changeme charles charlie cheese chelsea chenchen chenjian chenwei
cherokee cherry chester chevelle chevy chicago chicken china chocolate chongqing chopper chris christ christin
claire classic claudia cocacola cock coffee college colorado compaq computer connor cookie cool cooper copper
corvette cougar courtney cowboy cowboys crazy creative cricket crystal cumshot cunt daddy dakota dallas dancer
danger daniel danielle darkness darkside dave david dddddd death debbie december default demo denise dennis
denver destiny dexter diablo diamond dick dickhead diesel digger digital disney doctor doggie dolphin dolphins
domino donald dongdong donkey doudou douglas dragon dreamer dreams driver drowssap drummer ducati duncan eagle
eagle1 eagles eclipse edward einstein electric elephant elizabet elvis eminem empire england english enigma
enter eric eugene everton explorer extreme falcon family fantasy feifei fender ferrari ffffff fire fireman
fish fishing fktrcfylh florida flower fluffy flyers football ford forest forever francis frank frankie
franklin fred freddy free freedom freepass freeuser friday friend friends froggy fuck fucker fucking fuckme
fuckoff fuckyou fylhtq gabriel galina galore gandalf garfield gateway gators gemini general genesis genius
george georgia gfhjkm ghbdtn giants gibson ginger girls goblue godzilla golden golf golfer goober goodluck
google gordon green gregory guest guinness guitar gunner h123456 hahaha hammer hannah hao123 hao123456 happy
happy1 hard hardcore harley hawaii heather heaven hello hello1 hello123 helpme hendrix hentai hiphop hitman
hobbes hockey homer honda hooters horney horny horses hotdog hotrod house houston howard huang huang123
huangwei huanhuan hummer hunter hxboqg2s iceman iloveu iloveyou imissyou imzzhan indian infinity internet
ireland ironman iwantu jack jackass jackie jackson jaguar jake james jasmine jason jasper jeffrey jennifer
jeremy jessica jessie jester jesus jiajia jiang jiang123 jiangwei jianjian jiaojiao jicenglifa
jicenglifalianxidian jimmy jingjing jiushiaini john johnny johnson jonathan jordan jordan23 joseph joshua
junior jupiter justice justin juventus karina kawasaki kelly kermit kevin killer kimberly king kirill kissme
kitten kitty klaster knight kristina l123456 lacrosse lakers lalala laopo laopo520 laopo521 lasvegas lauren
legend leslie letmein li123456 liangliang lianxidian liberty lifa lifalianxidian lifehack lingling little
liu123456 liu13632523350 liuyang liverpoo liverpool liyang lizard logitech lol123 london longlong louise love
love1314 love520 lovelove lovely loveme lover loverboy lovers loveyou lucky lucky1 maddog madison madmax
madonna maggie magic magnum manutd maomao marcus marina marine marines mark marlboro marley marshall martin
marvin maryjane master matrix matt matthew maverick maximus maxwell meiyoumima melanie melissa member menghuan
mengmeng mercedes mercury merlin metallic metallica mexico miaomiao michael michael1 michelle michigan mickey
midnight mike miller mima mine minecraft mingming minyi minyi123 mitchell mmmmmm mnbvcxz molly monday money
money1 monica monkey monster montana mookie morgan mother motorola mountain mozart muffin murphy music mustang
mylove n28n24a naruto nascar natalie natasha nathan naughty ncc1701 ncc1701d nelson nemesis newport newyork
nicholas nicole nigger nihao nihao123 nihaoma nihaoya nikita nintendo nirvana nishishui nishiwode nishizhu
nissan norman nothing november nuttertools october oksana oliver olivia online operation orange ou812 p1a6s3m
packers pakistan pamela pantera panther panthers panties paradise parker pass passion passport passw0rd
password password1 patches patricia patrick patriots paul peaches peanut pearljam peekaboo penguin penis
people pepper peter phantom phoenix phpbb picard pimpin pirate platinum playboy player please pokemon police
polina poohbear pookie poop poopoo popcorn porn porno porsche power predator prince princess private psycho
pumpkin purple pussy q111111 q123123 q123456 q123456789 q1q1q q1w2e q1w2e3 q1w2e3r q1w2e3r4 q1w2e3r4t
q1w2e3r4t5 q2w3e q2w3e4r q2w3e4r5t q5201314 qaz123 qaz123456 qaz2wsx qazqaz qazwsx qazwsx123 qazwsxedc qazxsw
qianqian qq000000 qq111111 qq123123 qq1234 qq123456 qq123456789 qq1314520 qq5201314 qqq111 qqq123 qqqqqq
qqqqqqqq qw123456 qwaszx qwe123 qwe1234 qwe123456 qweasd qweasd123 qweasdzxc qweqwe qweqweqwe qwer qwer1234
qwerasdf qwert qwert123 qwert12345 qwerty qwerty1 qwerty12 qwerty123 qwertyu qwertyui qwertyuiop qwqwqw rabbit
rachel racing raider raiders rainbow ranger rangers raptor rascal rasdzv rasdzv3 razz rebecca red123 reddog
redrum redskins redsox redwings reggie renda rendadaibiao richard robert rock rocket rocky roland rolltide
rooster root rosebud runner rush rush2112 ruslan russell russia s123456 sabrina saints sakura samantha sammy
samson samsung samuel sandman sandra sarah saturn scarface school scooby scooter scorpio scorpion scotland
scott scotty secret secret123 security semperfi serega sergey sexsex sexy shadow shanghai shangxin shannon
shanshan sharon shelby shit shithead shmily shorty sierra silver simon simple simpson simpsons skipper skippy
skyline slayer slipknot slut smith smokey smooth snickers sniper snoopy snowball soccer softball sophie
spanish spanky sparky speedy spencer spider spiderma spiderman spirit spitfire spooky spring ssssss stalker
stanley star stargate startrek starwars steelers stella stephen steve steven stinky stryker stupid sublime
success sucker suckit suckme summer sunliu sunliu66 sunshine super superman surfer suzuki svetlana sweet
swordfis sydney system taylor tennis teresa test test123 tester testing theman therock thomas thumper thunder
thx1138 tiancai tianshi tiantian tiffany tiger tigers tigger timothy tingting tinker titanic tits tkfkdgo
tomcat tommy topgun toyota travis trinity trouble trustno trustno1 tucker turkey turtle tweety united user
usuckballz usuckballz1 valentin vampire vanessa vegeta veronica vfhbyf vfrcbv victor victoria victory viking
vikings vincent viper virginia vision vladimir voodoo voyager w123456 w123456789 walker walter wang wang123
wang123456 wangchao wangfeng wanggang wanghao wangjian wangjing wangjun wanglei wangliang wangpeng wangqiang
wangshuai wangwei wangxin wangyan wangyang wangyu wangyut wangyut2 wanker warcraft warrior water weiwei
welcome wenwen westside whatever wildcat wildcats william williams willie willow wilson windows winner winston
winter wizard wmsxie wmsxie123 wo123456 woailaopo woaimama woaini woaini123 woaini1314 woaini520 woaini5201314
woaini521 woainia woainima woainimama woaiwojia woaiwoziji woaizhongguo wobuzhidao wocaonima wodemima
wodezuiai wojiushiwo wokaonima wolf wolfpack wolverin wombat worinima woshiniba woshinidie woshishei woshishen
woshishui woshiwo woshizhu woxiangni wozhiaini ww123456 www123 www123456 wwwwww wz112233 x123456 xavier
xiaofeng xiaojian xiaolong xiaoming xiaoqiang xiaowei xiaoxiao xiaoyao xiaoyu xiazhili xinan xinandaxue
xingxing xinxin xxxx xxxxxx xxxxxxxx y123456 yamaha yang yang123 yangjian yangyang yankee yankees yellow
yfnfif yingying yuanyuan z123123 z123456 z123456789 zachary zaq12wsx zhang zhang123 zhang520 zhangbin
zhangchao zhanghao zhanghui zhangjian zhangjie zhangjing zhangjun zhangkai zhanglei zhangliang zhangpeng
zhangqiang zhangtao zhangwei zhangxin zhangyan zhangyang zhangyu zhendeaini zhengfu zhimakaimen zhongguo
zhuzhu zlmalm zlmalm03 zombie zx123456 zxc123 zxc123456 zxcvbn zxcvbnm zxcvbnm123 zxczxc zz123456 zzzxxx
zzzzzz 一二三四五六七八 一生一世 中华人民共和国 中国共产党 为人民服务 人大 你好 你好世界 基层立法联系点 天长地久 好好学习天天向上 密码 我爱中国 我爱你 我爱你一生一世 我爱你中国 我爱北京天安门
我的密码 民意 立法 立法联系点 联系点
`;
